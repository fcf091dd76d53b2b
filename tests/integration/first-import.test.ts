import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { POOL_THRESHOLD } from '@/lib/content/parse-pool';
import { within } from '../helpers/poll';
import { startServer, type TestServer } from '../helpers/server';

jest.setTimeout(90_000);
const FIXTURE = path.join(__dirname, '..', 'fixtures', 'newsroom');
const EXTRA = POOL_THRESHOLD + 500;
const FILLER = Array.from({ length: 150 }, (_, k) => `Paragraph ${k} of council minutes, harbour tides and county fixtures.`).join(' ');
let dir: string;
let cacheDir: string;
let server: TestServer | undefined;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-import-'));
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-import-cache-'));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  const folder = path.join(dir, 'articles', 'news');
  for (let i = 0; i < EXTRA; i++) {
    // About 1,500 words each, so the fill lasts long enough for the search below to land inside it: with one
    // sentence each, an idle server filled 2,500 stories in about the time the first test took, and the race was lost.
    const body = `Story ${i} of the imported archive.\n\n${FILLER}`;
    fs.writeFileSync(path.join(folder, `2024-03-01-imported-${i}.md`), `---\ntitle: "Imported story ${i}"\ndate: 2024-03-01T08:00:00Z\nsection: News\n---\n${body}\n`);
  }
  fs.writeFileSync(path.join(folder, '2024-03-02-imported-broken.md'), '---\ntitle: "Broken import"\ndate: someday\n---\nBody.\n');
});

afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(cacheDir, { recursive: true, force: true });
});

describe('the first import of a large folder', () => {
  it('parses on worker threads, logs its progress, reports broken files and serves every story', async () => {
    server = await startServer(dir, { CONTENT_CACHE_DIR: cacheDir });
    const res = await fetch(`${server.url}/news/imported-${EXTRA - 1}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(`Story ${EXTRA - 1} of the imported archive.`);
    const log = server.output();
    expect(log).toMatch(/content: indexed [\d,]+ \/ [\d,]+ files…/);
    expect(log).not.toContain('parse workers failed');
    expect(log).not.toContain('no worker threads');
    expect(log).toContain("articles/news/2024-03-02-imported-broken.md:3 date: expected an ISO date, got \"someday\"");
  });

  it('answers searches while the search index is first filled, saying how far it has got, then every story', async () => {
    // The fill of 2,500 stories takes seconds; a search does not wait for it (lib/search/index.ts FILL_WAIT_MS).
    const started = Date.now();
    const during = await (await fetch(`${server!.url}/search?q=imported`)).text();
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(during).toMatch(/Search is still indexing the archive \([\d,]+ of [\d,]+ stories so far\)/);
    await within(60_000, async () => {
      const html = await (await fetch(`${server!.url}/search?q=imported`)).text();
      const count = /id="search-count">([^<]*)/.exec(html)?.[1] ?? 'no count';
      return (!html.includes('data-search-indexing') && count.startsWith(`${EXTRA} results`)) || count;
    });
    // The fill ran on its own thread, so the server's heap never held the bodies' text (lib/search/fill-in-worker.ts).
    expect(server!.output()).toMatch(/search: indexing [\d,]+ articles on a worker thread/);
    expect(server!.output()).not.toContain("the fill's worker failed");
  });
});
