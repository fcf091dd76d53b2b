import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SETTLE_MS } from '@/lib/content/page-freshness';
import { within } from '../helpers/poll';
import { startServer, type TestServer } from '../helpers/server';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'newsroom');
let server: TestServer;
let dir: string;
let startedAt: number;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const PAGES = ['/', '/news', '/news/full-anatomy', '/tags/rivers'];

async function get(pathname: string) {
  const res = await fetch(`${server.url}${pathname}`);
  return { cache: res.headers.get('x-nextjs-cache'), html: await res.text() };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-freshness-'));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  server = await startServer(dir);
  startedAt = Date.now();
}, 60_000);

afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Requests every page twice, past `revalidate = 1`, and returns those Next did not serve as fresh hits. */
async function notHits(pathnames: string[]) {
  const misses: string[] = [];
  for (let round = 0; round < 2; round++) {
    await sleep(1_200);
    for (const pathname of pathnames) {
      const { cache } = await get(pathname);
      if (cache !== 'HIT') misses.push(`${pathname} (${cache}, round ${round})`);
    }
  }
  return misses;
}

/** Renders `pathnames` once settled, so each is cached with a stamp of what it shows. */
async function settleAndCache(pathnames: string[]) {
  await sleep(SETTLE_MS + 500);
  for (const pathname of pathnames) await get(pathname);
  await sleep(300);
  for (const pathname of pathnames) await get(pathname); // Re-rendered after a stale copy: cached with a stamp now.
}

const linksTo = (html: string, url: string) => html.includes(`href="${url}"`);

describe('cached pages re-render when the site changes, not every second', () => {
  it('serves a hot page from the cache as fresh while nothing changed, and shows an edit within the window', async () => {
    // Pages rendered while the site version is new are left to the one-second revalidation; wait that out.
    await sleep(Math.max(0, startedAt + SETTLE_MS + 500 - Date.now()));
    for (const pathname of PAGES) await get(pathname); // Stale copies from the start: re-rendered now.
    await sleep(300);
    for (let round = 0; round < 3; round++) {
      await sleep(1_200); // Past `revalidate = 1`: Next alone would call each of them stale and render it again.
      for (const pathname of PAGES) expect({ pathname, round, cache: (await get(pathname)).cache }).toEqual({ pathname, round, cache: 'HIT' });
    }
    const file = path.join(dir, 'articles', 'news', '2025-02-01-full-anatomy.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: A headline edited while the page was hot'));
    const took = await within(5_000, async () => {
      for (const pathname of ['/news/full-anatomy', '/news']) if (!(await get(pathname)).html.includes('A headline edited while the page was hot')) return pathname;
      return true;
    });
    expect(took).toBeLessThan(5_000);
  }, 40_000);

  it('re-renders only the pages that show an edited article; the rest stay cached hits', async () => {
    const pages = ['/', '/news', '/news/page/2', '/sport', '/tags/rivers', '/tags/town', '/news/full-anatomy', '/sport/cup-final'];
    await settleAndCache(pages);
    const target = '/news/river-story-01';
    const showing = new Map<string, boolean>();
    for (const pathname of pages) showing.set(pathname, linksTo((await get(pathname)).html, target));
    const untouched = pages.filter((p) => !showing.get(p));
    // The test needs both kinds: pages that list the article and pages, an article page among them, that do not.
    expect(untouched).toEqual(expect.arrayContaining(['/sport', '/sport/cup-final']));
    expect(pages.filter((p) => showing.get(p))).toEqual(expect.arrayContaining(['/news/page/2']));

    const file = path.join(dir, 'articles', 'news', '2025-01-01-river-story-01.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "River story, headline corrected"'));
    await within(5_000, async () => (await get(target)).html.includes('River story, headline corrected') || target);
    await within(5_000, async () => (await get('/news/page/2')).html.includes('River story, headline corrected') || '/news/page/2');
    expect(await notHits(untouched)).toEqual([]);
  }, 60_000);

  it('re-renders the lists a new story joins, not the other lists', async () => {
    const pages = ['/news', '/tags/rivers', '/sport', '/archive/2025/01', '/tags', '/archive'];
    await settleAndCache(pages);
    // The indexes of the whole archive are cached pages too, served from the cache while nothing changes.
    expect(await notHits(['/tags', '/archive'])).toEqual([]);
    expect((await get('/tags')).html).not.toContain('Athletics');
    fs.writeFileSync(
      path.join(dir, 'articles', 'sport', '2025-01-30-relay-record.md'),
      '---\ntitle: "Relay team sets a county record"\ndate: 2025-01-30T09:00:00Z\nsection: Sport\ntags: [Athletics]\n---\nThe relay team ran the final leg in record time.\n',
    );
    for (const pathname of ['/sport', '/archive/2025/01']) {
      await within(5_000, async () => (await get(pathname)).html.includes('Relay team sets a county record') || pathname);
    }
    await within(5_000, async () => (await get('/tags')).html.includes('Athletics') || '/tags without the new topic');
    expect(await notHits(['/news', '/tags/rivers'])).toEqual([]);
  }, 60_000);

  it('shows a new correction on its article, in its JSON-LD and on /corrections within the window, and keeps it through a bad edit', async () => {
    const pages = ['/corrections', '/news/river-story-03', '/sport'];
    await settleAndCache(pages);
    expect((await get('/corrections')).html).toContain('No corrections have been published.');
    const file = path.join(dir, 'articles', 'news', '2025-01-03-river-story-03.md');
    const original = fs.readFileSync(file, 'utf8');
    const corrected = original.replace(/^---\n/, '---\ncorrections:\n  - date: 2025-01-04T10:00:00Z\n    text: "An earlier version misnamed the weir <b>keeper</b>."\n');
    fs.writeFileSync(file, corrected);
    await within(5_000, async () => (await get('/news/river-story-03')).html.includes('id="correction-1"') || 'article without its box');
    const article = (await get('/news/river-story-03')).html;
    expect(article).toMatch(/<strong>Correction<\/strong> <time dateTime="2025-01-04T10:00:00.000Z">/);
    expect(article).toContain('An earlier version misnamed the weir &lt;b&gt;keeper&lt;/b&gt;.');
    expect(article).toContain('"correction":[{"@type":"CorrectionComment","text":"An earlier version misnamed the weir \\u003cb\\u003ekeeper\\u003c/b\\u003e.","datePublished":"2025-01-04T10:00:00+00:00"}]');
    await within(5_000, async () => (await get('/corrections')).html.includes('href="/news/river-story-03#correction-1"') || '/corrections without it');
    expect(await notHits(['/sport'])).toEqual([]);
    const feed = await (await fetch(`${server.url}/atom.xml`)).text();
    expect(feed).toMatch(/<id>[^<]*\/news\/river-story-03<\/id>[\s\S]*?<updated>2025-01-04T10:00:00(Z|\+00:00)<\/updated>/);

    // A broken entry leaves the article out of the index until fixed: its last good version, correction included, is served.
    fs.writeFileSync(file, corrected.replace('2025-01-04T10:00:00Z', 'next tuesday'));
    await sleep(SETTLE_MS + 1_500);
    expect((await get('/news/river-story-03')).html).toContain('id="correction-1"');
  }, 60_000);
});
