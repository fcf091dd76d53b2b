import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type TestServer } from '../helpers/server';
import { within } from '../helpers/poll';
import { readAsReader, READER_HEADERS } from '../helpers/reader-views';

// "Most read" from the server's own counts: readers' page views only, ranked, and still there after a restart.
jest.setTimeout(60_000);
const FIXTURE = path.join(__dirname, '..', 'fixtures', 'newsroom');
const READER = READER_HEADERS;
const CHROME = READER['user-agent'];
let dir: string;
let cache: string;
let server: TestServer;
const env = () => ({ CONTENT_CACHE_DIR: cache, MOST_READ_REFRESH_MS: '500' });

/** The slugs the "Most read" box of a page lists, in order (empty when the page has none). */
async function mostReadOn(pathname: string): Promise<string[]> {
  const html = await (await fetch(`${server.url}${pathname}`)).text();
  const start = html.indexOf('id="most-read-heading"');
  if (start < 0) return [];
  const box = html.slice(start, html.indexOf('</section>', start));
  return [...box.matchAll(/href="\/[^/"]+\/([^"]+)"/g)].map((m) => m[1]);
}

async function view(slug: string, times: number, headers: Record<string, string> = READER) {
  expect(await readAsReader(server.url, Array(times).fill(`/news/${slug}`), headers)).toEqual(Array(times).fill(200));
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-most-read-'));
  cache = fs.mkdtempSync(path.join(os.tmpdir(), 'most-read-cache-'));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  server = await startServer(dir, env());
}, 60_000);

afterAll(async () => {
  await server?.stop();
  for (const d of [dir, cache]) fs.rmSync(d, { recursive: true, force: true });
});

describe('most read', () => {
  it('is absent until readers have read something', async () => {
    expect(await mostReadOn('/')).toEqual([]);
  });

  it('ranks readers\' views on the front page and article sidebars, counting no bots, prefetches or scripts', async () => {
    await view('river-story-05', 3);
    await view('river-story-06', 1);
    await view('river-story-07', 10, { ...READER, 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' });
    await view('river-story-08', 10, { ...READER, 'sec-purpose': 'prefetch' });
    await view('river-story-09', 10, { 'user-agent': CHROME });
    await within(5_000, async () => {
      const front = await mostReadOn('/');
      return front.join() === 'river-story-05,river-story-06' || `front page lists ${front.join() || 'nothing'}`;
    });
    await within(5_000, async () => (await mostReadOn('/news/river-story-01')).join() === 'river-story-05,river-story-06' || 'article sidebar differs');
  });

  it('re-ranks as views come in, within the refresh time', async () => {
    await view('river-story-06', 4);
    await within(5_000, async () => (await mostReadOn('/')).join() === 'river-story-06,river-story-05' || 'not re-ranked');
  });

  it('keeps the counts across a restart', async () => {
    await server.stop();
    server = await startServer(dir, env());
    expect(await mostReadOn('/')).toEqual(['river-story-06', 'river-story-05']);
  });
});
