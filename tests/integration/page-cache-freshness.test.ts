import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SETTLE_MS } from '@/lib/content/site-version';
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
});
