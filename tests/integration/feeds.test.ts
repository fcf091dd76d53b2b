import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import { startServer, type TestServer } from '../helpers/server';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'newsroom');
const HIDDEN_SLUGS = ['draft', 'scheduled', 'expired', 'broken-date', 'same-slug'];
let server: TestServer;

async function get(pathname: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}${pathname}`, { redirect: 'manual', headers });
  return { status: res.status, headers: res.headers, body: await res.text() };
}

/** Parses an RSS or Atom body with the real parser, after checking it is well-formed XML. */
function parseXmlFeed(body: string) {
  expect(XMLValidator.validate(body)).toBe(true);
  return parseFeed(body);
}

function expectOnlyPublished(urls: string[], body: string) {
  expect(urls.length).toBeGreaterThan(0);
  expect(urls.length).toBeLessThanOrEqual(50);
  for (const url of urls) expect(url.startsWith(`${server.url}/`)).toBe(true);
  const slugs = urls.map((url) => new URL(url).pathname.split('/').pop());
  for (const hidden of HIDDEN_SLUGS) {
    expect(slugs).not.toContain(hidden);
    expect(body).not.toContain(`/${hidden}<`);
    expect(body).not.toContain(`/${hidden}"`);
  }
}

beforeAll(async () => {
  server = await startServer(FIXTURE);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('feeds on the fixture newsroom', () => {
  it('serves RSS at /feed.xml with only published articles, newest first', async () => {
    const res = await get('/feed.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const feed = parseXmlFeed(res.body);
    expect(feed.title).toBe('Fixture Gazette');
    expect(feed.self).toBe(`${server.url}/feed.xml`);
    const urls = feed.items.map((i) => i.url!);
    expectOnlyPublished(urls, res.body);
    expect(urls[0]).toBe(`${server.url}/news/full-anatomy`);
    expect(urls).toContain(`${server.url}/sport/cup-final`);
    const first = feed.items[0];
    expect(first.published?.toISOString()).toBe('2025-02-01T09:30:00.000Z');
    expect(first.authors.map((a) => a.name)).toEqual(['Jo Bloggs, Guest Writer']);
    expect(first.categories.map((c) => c.term)).toEqual(['Rivers', 'Flood Defences']);
    expect(first.image?.url).toBe(`${server.url}/images/hero.svg`);
    const dates = feed.items.map((i) => i.published!.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(res.headers.get('last-modified')).toBe('Sun, 02 Feb 2025 08:00:00 GMT');
  });

  it('serves Atom at /atom.xml with the same articles', async () => {
    const [res, rss] = await Promise.all([get('/atom.xml'), get('/feed.xml')]);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const feed = parseXmlFeed(res.body);
    expect(feed.meta.type).toBe('atom');
    expect(feed.self).toBe(`${server.url}/atom.xml`);
    const urls = feed.items.map((i) => i.url!);
    expectOnlyPublished(urls, res.body);
    expect(urls).toEqual(parseFeed(rss.body).items.map((i) => i.url));
    expect(feed.items[0].updated?.toISOString()).toBe('2025-02-02T08:00:00.000Z');
    expect(feed.items[0].authors.map((a) => a.url)).toEqual([`${server.url}/authors/jo-bloggs`, `${server.url}/authors/guest-writer`]);
  });

  it('serves JSON Feed 1.1 at /feed.json with the same articles', async () => {
    const [res, rss] = await Promise.all([get('/feed.json'), get('/feed.xml')]);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    const feed = JSON.parse(res.body);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe('Fixture Gazette');
    expect(feed.feed_url).toBe(`${server.url}/feed.json`);
    expect(feed.home_page_url).toBe(`${server.url}/`);
    const urls: string[] = feed.items.map((i: { url: string }) => i.url);
    expectOnlyPublished(urls, res.body);
    expect(urls).toEqual(parseFeed(rss.body).items.map((i) => i.url));
    for (const item of feed.items) expect(item).toEqual(expect.objectContaining({ id: item.url, title: expect.any(String), content_text: expect.any(String) }));
    expect(feed.items[0].date_published).toBe('2025-02-01T09:30:00+00:00');
  });

  it('serves a section RSS feed with only that section, and 404 for an unknown section', async () => {
    const res = await get('/news/feed.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const feed = parseXmlFeed(res.body);
    expect(feed.title).toBe('Fixture Gazette: News');
    expect(feed.self).toBe(`${server.url}/news/feed.xml`);
    const urls = feed.items.map((i) => i.url!);
    expectOnlyPublished(urls, res.body);
    expect(urls).toHaveLength(25);
    for (const url of urls) expect(url.startsWith(`${server.url}/news/`)).toBe(true);
    const missing = await get('/nosuch/feed.xml');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it('answers 304 to a request that already has the current version', async () => {
    for (const pathname of ['/feed.xml', '/atom.xml', '/feed.json', '/news/feed.xml']) {
      const first = await get(pathname);
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^"[\w-]+"$/);
      const again = await get(pathname, { 'if-none-match': etag! });
      expect({ pathname, status: again.status, body: again.body }).toEqual({ pathname, status: 304, body: '' });
      expect((await get(pathname, { 'if-none-match': '"stale"' })).status).toBe(200);
    }
  });
});

describe('feed length', () => {
  let big: TestServer;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-feeds-'));
    fs.writeFileSync(path.join(dir, 'site.yml'), 'name: Busy Desk\n');
    fs.writeFileSync(path.join(dir, 'sections.yml'), '- name: News\n');
    fs.mkdirSync(path.join(dir, 'articles'));
    for (let n = 1; n <= 55; n++) {
      const date = new Date(Date.UTC(2025, 2, 1, n)).toISOString();
      const name = `story-${String(n).padStart(2, '0')}`;
      fs.writeFileSync(path.join(dir, 'articles', `${name}.md`), `---\ntitle: ${name}\ndate: ${date}\nsection: News\n---\nBody.\n`);
    }
    big = await startServer(dir);
  }, 60_000);

  afterAll(async () => {
    await big?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('carries the newest 50 articles of 55', async () => {
    const newest = Array.from({ length: 50 }, (_, i) => `${big.url}/news/story-${String(55 - i).padStart(2, '0')}`);
    for (const pathname of ['/feed.xml', '/atom.xml', '/news/feed.xml']) {
      const feed = parseFeed(await (await fetch(`${big.url}${pathname}`)).text());
      expect({ pathname, urls: feed.items.map((i) => i.url) }).toEqual({ pathname, urls: newest });
    }
    const json = await (await fetch(`${big.url}/feed.json`)).json();
    expect(json.items.map((i: { url: string }) => i.url)).toEqual(newest);
  });
});
