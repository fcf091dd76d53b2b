import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { within } from '../helpers/poll';
import { startServer, type TestServer } from '../helpers/server';

jest.setTimeout(90_000);
const FIXTURE = path.join(__dirname, '..', 'fixtures', 'newsroom');
let dir: string;
let cacheDir: string;
let server: TestServer | undefined;
let databaseFile: string;

const filler = Array.from({ length: 1_500 }, (_, i) => `sentence${i % 97}`).join(' ');
const story = (slug: string, buried: string) =>
  `---\ntitle: "Long read ${slug}"\ndate: 2025-07-01T08:00:00Z\nsection: News\nsummary: "A long read."\n---\nOpening words. ${filler} The ${buried} closes it.\n`;
const write = (slug: string, buried: string) => fs.writeFileSync(path.join(dir, 'articles', 'news', `2025-07-01-${slug}.md`), story(slug, buried));
const results = async (q: string) => {
  const res = await fetch(`${server!.url}/search?q=${q}`);
  const html = await res.text();
  return { status: res.status, urls: [...html.matchAll(/<h2 class="search-result__title"><a href="([^"]+)"/g)].map((m) => m[1]), html };
};
const found = (q: string, url: string) => async () => {
  const { status, urls } = await results(q);
  return (status === 200 && urls.includes(url)) || `${status} ${urls.join(',')}`;
};
const databaseFiles = () => fs.readdirSync(cacheDir).filter((f) => f.includes('.search.sqlite'));

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-searchdb-'));
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-searchdb-cache-'));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  write('buried-word', 'quillwort');
});

afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(cacheDir, { recursive: true, force: true });
});

describe('the search database over HTTP', () => {
  it('finds a word 1,500 words into a body, with the excerpt around it', async () => {
    server = await startServer(dir, { CONTENT_CACHE_DIR: cacheDir });
    const { urls, html } = await results('quillwort');
    expect(urls).toEqual(['/news/buried-word']);
    expect(html).toContain('The <mark>quillwort</mark> closes it.');
    databaseFile = path.join(cacheDir, databaseFiles().find((f) => f.endsWith('.search.sqlite'))!);
    expect(fs.statSync(databaseFile).size).toBeGreaterThan(0);
  });

  it('starts again from the kept database without indexing every article again', async () => {
    await server!.stop();
    server = await startServer(dir, { CONTENT_CACHE_DIR: cacheDir });
    await within(5_000, found('quillwort', '/news/buried-word'));
    expect(server.output()).toMatch(/search: [1-9][\d,]* articles kept from the last run, 0 to index/);
  });

  it('keeps answering when the database is deleted under it, and new stories are still found', async () => {
    for (const f of databaseFiles()) fs.rmSync(path.join(cacheDir, f));
    expect((await results('quillwort')).urls).toEqual(['/news/buried-word']);
    write('after-delete', 'bladderwrack');
    await within(5_000, found('bladderwrack', '/news/after-delete'));
    // The server went on with the deleted file; the next start indexes afresh, as from an empty cache.
  });

  it('starts afresh from a database overwritten with garbage, and finds everything', async () => {
    await server!.stop();
    fs.writeFileSync(databaseFile, 'not a database '.repeat(1000));
    server = await startServer(dir, { CONTENT_CACHE_DIR: cacheDir });
    await within(5_000, found('quillwort', '/news/buried-word'));
    await within(5_000, found('bladderwrack', '/news/after-delete'));
    expect(server.output()).toContain('starting it afresh');
    expect(server.output()).toMatch(/search: 0 articles kept from the last run, [1-9][\d,]* to index/);
  });
});
