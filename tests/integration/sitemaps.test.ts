import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { startServer, type TestServer } from '../helpers/server';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'newsroom');
const PUBLISHED = [
  ...Array.from({ length: 23 }, (_, i) => `/news/river-story-${String(i + 1).padStart(2, '0')}`),
  '/news/minimal', '/news/full-anatomy', '/sport/crlf-file', '/sport/cup-final',
];
const UNPUBLISHED_SLUGS = ['draft', 'scheduled', 'expired', 'broken-date', 'same-slug'];
const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ['url', 'sitemap', 'image:image'].includes(name) });

let server: TestServer;
/** What a crawler found following robots.txt: every sitemap fetched, and every page URL listed. */
const crawl = { sitemaps: new Map<string, { type: string | null; doc: Record<string, any> }>(), pages: new Set<string>() };

async function fetchSitemap(url: string) {
  const res = await fetch(url);
  expect({ url, status: res.status }).toEqual({ url, status: 200 });
  const xml = await res.text();
  expect({ url, valid: XMLValidator.validate(xml) }).toEqual({ url, valid: true });
  const doc = parser.parse(xml);
  crawl.sitemaps.set(url, { type: res.headers.get('content-type'), doc });
  return doc;
}

beforeAll(async () => {
  server = await startServer(FIXTURE);
  const robots = await (await fetch(`${server.url}/robots.txt`)).text();
  const named = [...robots.matchAll(/^sitemap:\s*(\S+)\s*$/gim)].map((m) => m[1]);
  const queue = [...named];
  while (queue.length) {
    const doc = await fetchSitemap(queue.shift()!);
    for (const child of doc.sitemapindex?.sitemap ?? []) queue.push(child.loc);
    for (const url of doc.urlset?.url ?? []) crawl.pages.add(url.loc);
  }
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('sitemaps on a built server', () => {
  it('names both sitemap indexes in robots.txt, on the server origin, and keeps crawlers out of the API', async () => {
    const robots = await (await fetch(`${server.url}/robots.txt`)).text();
    expect(robots).toMatch(/^User-Agent: \*$/m);
    expect(robots).toMatch(/^Disallow: \/api\/$/m);
    expect(robots).toContain(`Sitemap: ${server.url}/sitemap.xml`);
    expect(robots).toContain(`Sitemap: ${server.url}/news-sitemap.xml`);
  });

  it('follows the index to the fronts and article sitemaps, all XML with charset', () => {
    expect([...crawl.sitemaps.keys()].sort()).toEqual([
      `${server.url}/news-sitemap.xml`, `${server.url}/sitemap.xml`,
      `${server.url}/sitemaps/articles-1.xml`, `${server.url}/sitemaps/fronts.xml`,
    ].sort());
    for (const [url, { type }] of crawl.sitemaps) expect({ url, type }).toEqual({ url, type: 'application/xml; charset=utf-8' });
    const index = crawl.sitemaps.get(`${server.url}/sitemap.xml`)!.doc.sitemapindex;
    expect(index['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    for (const entry of index.sitemap) expect(entry.lastmod).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('lists every published article, with its picture, and the fronts with their later pages', () => {
    for (const p of PUBLISHED) expect(crawl.pages).toContain(`${server.url}${p}`);
    for (const p of ['/', '/news', '/news/page/2', '/sport', '/tags/rivers', '/authors/jo-bloggs', '/authors/sam-ray']) {
      expect(crawl.pages).toContain(new URL(p, server.url).toString());
    }
    const articles = crawl.sitemaps.get(`${server.url}/sitemaps/articles-1.xml`)!.doc.urlset;
    expect(articles.url).toHaveLength(PUBLISHED.length);
    const anatomy = articles.url.find((u: { loc: string }) => u.loc === `${server.url}/news/full-anatomy`);
    expect(anatomy.lastmod).toBe('2025-02-02T08:00:00Z');
    expect(anatomy['image:image']).toEqual([{ 'image:loc': `${server.url}/images/hero.svg` }]);
  });

  it('lists no unpublished article, no alias, and only absolute URLs on the server origin', () => {
    for (const page of crawl.pages) {
      const { origin, pathname } = new URL(page);
      expect({ page, origin }).toEqual({ page, origin: server.url });
      expect(UNPUBLISHED_SLUGS).not.toContain(pathname.split('/').pop());
      expect(pathname).not.toBe('/old/full-anatomy-story');
    }
  });

  it('lists only pages that answer 200', async () => {
    expect(crawl.pages.size).toBeGreaterThan(PUBLISHED.length);
    for (const page of crawl.pages) {
      const res = await fetch(page, { redirect: 'manual' });
      expect({ page, status: res.status }).toEqual({ page, status: 200 });
    }
  }, 60_000);

  it('has an empty but valid Google News sitemap, since every fixture story is from 2025', () => {
    const news = crawl.sitemaps.get(`${server.url}/news-sitemap.xml`)!.doc.urlset;
    expect(news['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(news['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(news.url).toBeUndefined();
  });

  it('answers 304 to a matching ETag or an up-to-date If-Modified-Since', async () => {
    for (const p of ['/sitemap.xml', '/sitemaps/fronts.xml', '/sitemaps/articles-1.xml', '/news-sitemap.xml']) {
      const first = await fetch(`${server.url}${p}`);
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^"[\w-]+"$/);
      const again = await fetch(`${server.url}${p}`, { headers: { 'if-none-match': etag! } });
      expect({ p, status: again.status }).toEqual({ p, status: 304 });
      const lastModified = first.headers.get('last-modified');
      expect(lastModified).toBeTruthy();
      const since = await fetch(`${server.url}${p}`, { headers: { 'if-modified-since': lastModified! } });
      expect({ p, status: since.status }).toEqual({ p, status: 304 });
    }
  });

  it('answers 404 for an unknown sitemap file or an article sitemap past the last', async () => {
    for (const p of ['/sitemaps/nope.xml', '/sitemaps/articles-2.xml', '/sitemaps/articles-0.xml', '/sitemaps/articles-01.xml']) {
      const res = await fetch(`${server.url}${p}`);
      expect({ p, status: res.status }).toEqual({ p, status: 404 });
    }
  });
});
