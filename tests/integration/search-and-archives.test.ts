import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { within } from '../helpers/poll';
import { startServer, type TestServer } from '../helpers/server';

const WINDOW_MS = 5000;
jest.setTimeout(30_000);
const FIXTURE = path.join(__dirname, '..', 'fixtures', 'newsroom');
let server: TestServer;
let dir: string;

async function get(pathname: string) {
  const res = await fetch(`${server.url}${pathname}`, { redirect: 'manual' });
  return { status: res.status, type: res.headers.get('content-type'), location: res.headers.get('location'), html: await res.text() };
}
const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, 'g'))?.length ?? 0;
const results = (html: string) => [...html.matchAll(/<h2 class="search-result__title"><a href="([^"]+)"/g)].map((m) => m[1]);
const countLine = (html: string) => /<p class="search-count"[^>]*>(.*?)<\/p>/.exec(html)?.[1].replace(/<!-- -->/g, '');
const jsonLd = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].flatMap((m) => JSON.parse(m[1]));
const article = (fields: string, body: string) => `---\n${fields.trim()}\n---\n${body}\n`;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-search-'));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  server = await startServer(dir);
}, 60_000);

afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('site search over HTTP', () => {
  it('finds words in bodies, counts them, marks them and pages 20 at a time keeping the query', async () => {
    const first = await get('/search?q=weir');
    expect(first.status).toBe(200);
    expect(countLine(first.html)).toBe('23 results for “weir” · page 1 of 2');
    expect(results(first.html)).toHaveLength(20);
    expect(first.html).toContain('Flood wardens watched the <mark>weir</mark>.');
    expect(first.html).toContain('<a href="/search?q=weir&amp;page=2" rel="next">');
    const second = await get('/search?q=weir&page=2');
    expect(results(second.html)).toHaveLength(3);
    expect(second.html).toContain('<a href="/search?q=weir" rel="prev">');
  });

  it('ranks a headline match first, matches prefixes and typos, and folds case', async () => {
    expect(results((await get('/search?q=penalties')).html)).toEqual(['/sport/cup-final']);
    expect(results((await get('/search?q=PENALT')).html)).toEqual(['/sport/cup-final']);
    expect(results((await get('/search?q=penaltis')).html)).toEqual(['/sport/cup-final']);
    const anatomy = await get('/search?q=anatomy');
    expect(results(anatomy.html)[0]).toBe('/news/full-anatomy');
    expect(anatomy.html).toContain('Full <mark>anatomy</mark>: every field set');
  });

  it('filters by section and date range and sorts newest first, as plain GET parameters', async () => {
    expect(results((await get('/search?q=town&section=sport')).html)).toEqual(['/sport/cup-final']);
    const range = await get('/search?q=river&from=2025-01-10&to=2025-01-12&sort=newest');
    expect(results(range.html)).toEqual(['/news/river-story-12', '/news/river-story-11', '/news/river-story-10']);
    expect(range.html).toContain('<option value="newest" selected="">Newest first</option>');
    expect(range.html).toContain('name="from" value="2025-01-10"');
  });

  it('shows a helpful empty state, and suggestions when nothing matches', async () => {
    const empty = await get('/search');
    expect(empty.status).toBe(200);
    expect(empty.html).toContain('Search tips');
    expect(empty.html).toContain('Latest stories');
    expect(countLine(empty.html)).toBeUndefined();
    const none = await get('/search?q=wardnes');
    expect(countLine(none.html)).toBe('0 results for “wardnes”');
    expect(none.html).toContain('Did you mean');
    expect(none.html).toContain('<a href="/search?q=wardens">wardens</a>');
    expect(none.html).toContain('Latest stories');
  });

  it('never finds drafts, scheduled, expired or duplicate-slug articles', async () => {
    for (const q of ['public', 'future', 'expired notice', 'duplicate']) {
      expect({ q, line: countLine((await get(`/search?q=${encodeURIComponent(q)}`)).html) }).toEqual({ q, line: `0 results for “${q}”` });
    }
  });

  it('escapes HTML in the query everywhere it is shown', async () => {
    const { status, html } = await get(`/search?q=${encodeURIComponent('<script>alert("x")</script><img src=x onerror=alert(1)>')}`);
    expect(status).toBe(200);
    expect(html).not.toMatch(/<script>alert|<img src=x/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('cuts a very long query, and answers bad pages, dates and operators without a server error', async () => {
    const long = await get(`/search?q=${'river '.repeat(2000)}`);
    expect(long.status).toBe(200);
    expect(long.html).toContain('Your search was cut to its first 200 characters.');
    expect(/name="q" value="([^"]*)"/.exec(long.html)![1].length).toBeLessThanOrEqual(200);
    const past = await get('/search?q=weir&page=99');
    expect(past.status).toBe(200);
    expect(past.html).toContain('There is no page <!-- -->99<!-- -->: these results fill <!-- -->2<!-- --> <!-- -->pages');
    const notice = await get('/search?q=weir&from=2025-02-30&page=abc');
    expect(notice.html).toContain('The from date was ignored');
    expect(notice.html).toContain('is not a page number');
    for (const p of ['/search?page=-1', '/search?q=%E0%A4%A', '/search?q=a&q=b', '/search?q=((()))+AND+OR+NOT+-+*', '/search?q=x&page=99999999999999', '/search?section[]=x', '/search?q=%00']) {
      const { status } = await get(p);
      expect({ p, ok: status < 500 }).toEqual({ p, ok: true });
    }
  });

  it('keeps result pages out of search indexes', async () => {
    expect((await get('/search?q=weir')).html).toContain('<meta name="robots" content="noindex, follow"/>');
    expect((await get('/robots.txt')).html).not.toContain('/search');
  });

  it('renders a search once and serves the readers who ask it at the same moment from the cache', async () => {
    const cacheOf = async (q: string) => (await fetch(`${server.url}/search?q=${q}&utm_source=mail`)).headers.get('x-nextjs-cache');
    await get('/search?q=otter+weir'); // Rendered and cached under this search and this state of the index.
    const again = await Promise.all(Array.from({ length: 10 }, () => cacheOf('otter+weir')));
    expect(again).toEqual(Array(10).fill('HIT'));
  });

  it('answers 404 for the inner address of a result page typed in, with any key', async () => {
    for (const key of ['0~WyJ3ZWlyIl0', 'x', '999~%ff']) expect({ key, status: (await get(`/search-results/${key}`)).status }).toEqual({ key, status: 404 });
  });
});

describe('discovery on every page', () => {
  it('has the masthead search form, the OpenSearch link and footer links to the archive and topics', async () => {
    for (const p of ['/', '/news/full-anatomy', '/tags/rivers', '/archive']) {
      const { html } = await get(p);
      const head = html.slice(0, html.indexOf('</head>'));
      expect(head).toContain(`<link rel="search" type="application/opensearchdescription+xml" href="${server.url}/opensearch.xml" title="Fixture Gazette"/>`);
      expect(html).toContain('<form role="search" aria-label="Site search" class="search-box" action="/search" method="get">');
      expect(html).toContain('<a href="/archive">Archive</a>');
      expect(html).toContain('<a href="/tags">All topics</a>');
    }
  });

  it('serves a valid OpenSearch description', async () => {
    const res = await get('/opensearch.xml');
    expect(res.type).toBe('application/opensearchdescription+xml; charset=utf-8');
    expect(XMLValidator.validate(res.html)).toBe(true);
    expect(res.html).toContain(`template="${server.url}/search?q={searchTerms}"`);
  });

  it('gives the front page WebSite a SearchAction', async () => {
    const site = jsonLd((await get('/')).html).find((d: { '@type': string }) => d['@type'] === 'WebSite');
    expect(site.potentialAction).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${server.url}/search?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    });
  });
});

describe('archives and topics', () => {
  it('lists years, then months with counts, in the site time zone', async () => {
    const archive = await get('/archive');
    expect(archive.status).toBe(200);
    expect(archive.html).toMatch(/<a href="\/archive\/2025">2025<\/a> <span class="count">27 stories<\/span>/);
    expect(archive.html).toContain(`<link rel="canonical" href="${server.url}/archive"/>`);
    const year = await get('/archive/2025');
    expect(year.html).toMatch(/<a href="\/archive\/2025\/01"><span>January 2025<\/span> <span class="count">26 stories<\/span><\/a>/);
    expect(year.html).toMatch(/<a href="\/archive\/2025\/02"><span>February 2025<\/span> <span class="count">1 story<\/span><\/a>/);
    expect(jsonLd(year.html).map((d: { '@type': string }) => d['@type'])).toEqual(['CollectionPage', 'BreadcrumbList']);
  });

  it('pages a month 20 at a time, and links an article’s date to its month', async () => {
    const month = await get('/archive/2025/01');
    expect(month.status).toBe(200);
    expect(count(month.html, /<article class="card card--standard">/)).toBe(20);
    expect(month.html).toMatch(/<a (rel="next" )?href="\/archive\/2025\/01\/page\/2"( rel="next")?>/);
    expect(month.html).toContain('<title>January 2025 · Fixture Gazette</title>');
    const second = await get('/archive/2025/01/page/2');
    expect(count(second.html, /<article class="card card--standard">/)).toBe(6);
    expect(second.html).toContain(`<link rel="canonical" href="${server.url}/archive/2025/01/page/2"/>`);
    expect(jsonLd(second.html)[0]['@type']).toBe('CollectionPage');
    expect([301, 308]).toContain((await get('/archive/2025/01/page/1')).status);
    expect((await get('/news/full-anatomy')).html).toContain('Published <a href="/archive/2025/02"><time');
  });

  it('answers 404 for years, months and pages without stories or malformed', async () => {
    for (const p of ['/archive/2024', '/archive/2099', '/archive/2025/03', '/archive/2025/13', '/archive/2025/1', '/archive/25', '/archive/2025/01/page/3', '/archive/2025/01/page/02', '/archive/2025/01/x']) {
      const { status } = await get(p);
      expect({ p, status }).toEqual({ p, status: 404 });
    }
  });

  it('lists every topic with its count at /tags', async () => {
    const tags = await get('/tags');
    expect(tags.status).toBe(200);
    expect(tags.html).toContain('<a href="/tags/rivers"><span>Rivers</span> <span class="count">24</span></a>');
    expect(tags.html).toContain('<a href="/tags/flood-defences"><span>Flood Defences</span> <span class="count">1</span></a>');
    expect(count(tags.html, /href="\/tags\/rivers"/)).toBe(1);
  });
});

describe('the index follows live publishing', () => {
  const file = (rel: string) => path.join(dir, 'articles', rel);
  const line = async (q: string) => countLine((await get(`/search?q=${q}`)).html);

  it('finds a new article within 5 s, follows an edit, and drops it when drafted or deleted', async () => {
    // A result page is re-rendered after a change while the one it replaces is served, like every cached page.
    await within(WINDOW_MS, async () => (await line('marrowby')) === '0 results for “marrowby”' || 'still there');
    fs.writeFileSync(file('news/2025-06-01-otters.md'), article('title: "Otter census"\ndate: 2025-06-01T08:00:00Z\nsection: News', 'Volunteers counted otters along the quays of Marrowby.'));
    await within(WINDOW_MS, async () => (await line('marrowby')) === '1 result for “marrowby”' || String(await line('marrowby')));
    fs.writeFileSync(file('news/2025-06-01-otters.md'), article('title: "Otter census"\ndate: 2025-06-01T08:00:00Z\nsection: News', 'Volunteers counted otters along the quays of Skelby.'));
    await within(WINDOW_MS, async () => (await line('skelby')) === '1 result for “skelby”' || 'not yet');
    // A result page is re-rendered after a change while the one it replaces is served, like every cached page.
    await within(WINDOW_MS, async () => (await line('marrowby')) === '0 results for “marrowby”' || 'still there');
    fs.writeFileSync(file('news/2025-06-01-otters.md'), article('title: "Otter census"\ndate: 2025-06-01T08:00:00Z\nsection: News\ndraft: true', 'Skelby.'));
    await within(WINDOW_MS, async () => (await line('skelby')) === '0 results for “skelby”' || 'still there');
    fs.writeFileSync(file('news/2025-06-02-gulls.md'), article('title: "Gull survey"\ndate: 2025-06-02T08:00:00Z\nsection: News', 'Gulls nest at Pellworth.'));
    await within(WINDOW_MS, async () => (await line('pellworth')) === '1 result for “pellworth”' || 'not yet');
    fs.rmSync(file('news/2025-06-02-gulls.md'));
    await within(WINDOW_MS, async () => (await line('pellworth')) === '0 results for “pellworth”' || 'still there');
  });

  it('makes a scheduled article findable when its time comes, with no file change', async () => {
    const soon = new Date(Date.now() + 2000).toISOString();
    fs.writeFileSync(file('news/scheduled-heron.md'), article(`title: "Heron returns"\ndate: ${soon}\nsection: News`, 'A heron at Quillmouth.'));
    await new Promise((r) => setTimeout(r, 1200));
    expect(await line('quillmouth')).toBe('0 results for “quillmouth”');
    await within(2000 + WINDOW_MS, async () => (await line('quillmouth')) === '1 result for “quillmouth”' || 'not yet');
  });
});
