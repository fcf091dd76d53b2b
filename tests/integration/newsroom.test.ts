import path from 'node:path';
import { startServer, type TestServer } from '../helpers/server';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'newsroom');
let server: TestServer;

async function get(pathname: string) {
  const res = await fetch(`${server.url}${pathname}`, { redirect: 'manual' });
  return { status: res.status, location: res.headers.get('location'), type: res.headers.get('content-type'), html: await res.text() };
}

const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, 'g'))?.length ?? 0;

beforeAll(async () => {
  server = await startServer(FIXTURE);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('a built server on the fixture newsroom', () => {
  it('serves the front page with the featured story leading', async () => {
    const { status, html } = await get('/');
    expect(status).toBe(200);
    expect(html).toContain('<html lang="en"');
    expect(html).toMatch(/class="card card--lead".*Full anatomy: every field set/s);
    expect(html).toMatch(/<h2 id="front-news" class="section-title"><a href="\/news">News<\/a>/);
  });

  it('renders the whole article anatomy', async () => {
    const { status, html } = await get('/news/full-anatomy');
    expect(status).toBe(200);
    expect(count(html, /<h1[ >]/)).toBe(1);
    expect(html).toContain('<p class="kicker"><a href="/news">News</a></p>');
    expect(html).toContain('<p class="standfirst">The standfirst of the full article.</p>');
    expect(html).toMatch(/<a (rel="author" )?href="\/authors\/jo-bloggs"( rel="author")?>Jo Bloggs<\/a>/);
    expect(html).toMatch(/<a (rel="author" )?href="\/authors\/guest-writer"( rel="author")?>Guest Writer<\/a>/);
    expect(html).toContain('<time dateTime="2025-02-01T09:30:00.000Z">');
    expect(html).toContain('<time dateTime="2025-02-02T08:00:00.000Z">');
    expect(html).toMatch(/<figure class="hero"><img (?=[^>]*src="\/images\/hero.svg")(?=[^>]*alt="A drawing of a weir")/);
    expect(html).toMatch(/<figcaption>The weir at dawn\.<span class="hero__credit"> Illustration: Fixture desk<\/span><\/figcaption>/);
    expect(html).toContain('<h2 id="user-content-heading-in-body">');
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">link out</a>');
    expect(html).not.toContain('onmouseover');
    expect(html).toMatch(/<a (rel="tag" )?href="\/tags\/flood-defences"( rel="tag")?>Flood Defences<\/a>/);
    expect(html).toMatch(/\d+(<!-- -->)? min read/);
    expect(html).toContain('<link rel="canonical" href="' + server.url + '/news/full-anatomy"/>');
  });

  it('shows both sidebars: related (pinned first) and sections with counts, current marked', async () => {
    const { html } = await get('/news/full-anatomy');
    const related = html.slice(html.indexOf('id="related-heading"'), html.indexOf('id="sections-heading"'));
    const items = [...related.matchAll(/<h3><a href="([^"]+)"/g)].map((m) => m[1]);
    expect(items[0]).toBe('/news/river-story-05');
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items).not.toContain('/news/full-anatomy');
    const sidebar = html.slice(html.indexOf('id="sections-heading"'), html.indexOf('</aside>'));
    expect(sidebar).toMatch(/<a (aria-current="page" )?href="\/news"( aria-current="page")?><span>News<\/span> <span class="count">25<\/span><\/a>/);
    expect(sidebar).toMatch(/<a href="\/sport"><span>Sport<\/span> <span class="count">2<\/span><\/a>/);
    expect(sidebar).toContain("Latest in News");
  });

  it('redirects permanently from a wrong section and from an alias', async () => {
    const wrong = await get('/sport/full-anatomy');
    expect([301, 308]).toContain(wrong.status);
    expect(new URL(wrong.location!, server.url).pathname).toBe('/news/full-anatomy');
    const alias = await get('/old/full-anatomy-story');
    expect([301, 308]).toContain(alias.status);
    expect(new URL(alias.location!, server.url).pathname).toBe('/news/full-anatomy');
  });

  it('answers 404 with the custom page, rendered on the server, for unknown, draft, scheduled, expired, broken and duplicate articles', async () => {
    const missing = [
      '/news/no-such-story', '/news/draft', '/news/scheduled', '/news/expired', '/news/broken-date', '/news/same-slug',
      '/nowhere', '/a/b/c/d', '/tags/nothing', '/authors/nobody', '/news/page/9', '/tags/rivers/page/99', '/News', '/authors', '/search/x', '/feed',
    ];
    for (const p of missing) {
      const res = await fetch(new URL(p, server.url), { redirect: 'manual' });
      const html = await res.text();
      expect({ p, status: res.status }).toEqual({ p, status: 404 });
      // The page itself, not Next's empty error document that draws it in the browser.
      expect({ p, heading: /<h1[^>]*>We can’t find that page<\/h1>/.test(html) }).toEqual({ p, heading: true });
      expect(html).toMatch(/^<!DOCTYPE html><html lang="en"/);
      expect(html).toContain('<a class="skip-link" href="#main">Skip to main content</a>');
      // A story may be published at this address a moment later: shared caches keep the 404 no longer than a page.
      expect({ p, cache: res.headers.get('cache-control') }).toEqual({ p, cache: 's-maxage=1, stale-while-revalidate=299' });
    }
  });

  it('paginates section fronts with crawlable links and 404 beyond the last page', async () => {
    const first = await get('/news');
    expect(first.status).toBe(200);
    expect(count(first.html, /<article class="card card--standard">/)).toBe(20);
    expect(first.html).toMatch(/<a (rel="next" )?href="\/news\/page\/2"( rel="next")?>/);
    const second = await get('/news/page/2');
    expect(second.status).toBe(200);
    expect(second.html).toMatch(/<a (rel="prev" )?href="\/news"( rel="prev")?>/);
    expect(count(second.html, /<article class="card card--standard">/)).toBe(5);
    expect((await get('/news/page/3')).status).toBe(404);
    expect((await get('/news/page/02')).status).toBe(404);
    expect([301, 308]).toContain((await get('/news/page/1')).status);
  });

  it('lists tag and author pages, with the author bio', async () => {
    const tag = await get('/tags/rivers');
    expect(tag.status).toBe(200);
    expect(tag.html).toContain('<h1>Rivers</h1>');
    expect(tag.html).toMatch(/<a (rel="next" )?href="\/tags\/rivers\/page\/2"( rel="next")?>/);
    const author = await get('/authors/jo-bloggs');
    expect(author.status).toBe(200);
    expect(author.html).toContain('<strong>ten years</strong>');
    expect(author.html).toContain('Chief Reporter');
  });

  it('serves content images and nothing outside images/', async () => {
    const image = await get('/images/hero.svg');
    expect(image.status).toBe(200);
    expect(image.type).toBe('image/svg+xml');
    expect((await get('/images/..%2fsite.yml')).status).toBe(404);
    expect((await get('/images/missing.png')).status).toBe(404);
  });

  it('reports the broken file in the server log while the rest serve', async () => {
    expect(server.output()).toContain('content error: articles/news/2025-01-08-broken-date.md:4 date: expected an ISO date, got "tomorrow"');
    expect(server.output()).toContain('slug: "same-slug" is also the slug of');
    expect((await get('/news/river-story-08')).status).toBe(200);
  });
});

describe('what search engines read in the head', () => {
  const jsonLd = (html: string) =>
    [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].flatMap((m) => JSON.parse(m[1]));

  it('gives an article NewsArticle and BreadcrumbList JSON-LD, Open Graph and feed links', async () => {
    const { html } = await get('/news/full-anatomy');
    const types = jsonLd(html).map((d: { '@type': string }) => d['@type']);
    expect(types).toEqual(['NewsArticle', 'BreadcrumbList']);
    const article = jsonLd(html)[0];
    expect(article.headline).toBe('Full anatomy: every field set');
    expect(article.datePublished).toBe('2025-02-01T09:30:00+00:00');
    expect(article.mainEntityOfPage['@id']).toBe(`${server.url}/news/full-anatomy`);
    expect(html).toContain('<meta property="og:type" content="article"/>');
    expect(html).toContain(`<meta property="og:image" content="${server.url}/og/full-anatomy"/>`);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain(`<link rel="alternate" type="application/rss+xml" href="${server.url}/news/feed.xml" title="Fixture Gazette: News (RSS)"/>`);
    expect(head).toContain(`<link rel="alternate" type="application/atom+xml" href="${server.url}/atom.xml" title="Fixture Gazette (Atom)"/>`);
    expect(html).toContain('<meta name="robots" content="index, follow, max-image-preview:large"/>');
  });

  it('gives fronts WebSite and CollectionPage JSON-LD and self-canonical later pages', async () => {
    expect(jsonLd((await get('/')).html).map((d: { '@type': string }) => d['@type'])).toEqual(['WebSite', 'CollectionPage']);
    const second = (await get('/news/page/2')).html;
    expect(second).toContain(`<link rel="canonical" href="${server.url}/news/page/2"/>`);
    expect(second).not.toContain('noindex');
    expect(jsonLd(second).map((d: { '@type': string }) => d['@type'])).toEqual(['CollectionPage', 'BreadcrumbList']);
  });

  it('serves the social card and logo as PNG', async () => {
    for (const p of ['/og/full-anatomy', '/og', '/logo.png']) {
      const res = await fetch(`${server.url}${p}`);
      expect(res.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await res.arrayBuffer()).subarray(1, 4).toString()).toBe('PNG');
    }
    expect((await get('/og/draft')).status).toBe(404);
  });
});
