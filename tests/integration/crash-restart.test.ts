import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type TestServer } from '../helpers/server';
import { within } from '../helpers/poll';

jest.setTimeout(120_000);
const FIXTURE = path.join(__dirname, '..', 'fixtures', 'newsroom');
const LOAD_PATHS = ['/', '/news', '/news/full-anatomy', '/news/page/2', '/tags/rivers', '/search?q=river', '/feed.xml', '/sitemap.xml'];
let dir: string;
let cacheDir: string;
let server: TestServer | undefined;

/** Every file under `root` with a digest of its bytes: what "nothing lost, nothing corrupted" is checked against. */
function digestTree(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.set(path.relative(root, full), createHash('sha256').update(fs.readFileSync(full)).digest('hex'));
  }
  return out;
}

const story = (i: number, version: number) =>
  `---\ntitle: "Crash story ${i}, version ${version}"\ndate: 2025-07-01T08:00:00Z\nsection: News\nsummary: "Written under load."\ntags: [Rivers]\n---\nBody ${i}.${version}\n`;
const storyFile = (i: number) => path.join(dir, 'articles', 'news', `2025-07-01-crash-story-${i}.md`);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-crash-'));
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-crash-cache-'));
  fs.cpSync(FIXTURE, dir, { recursive: true });
});

afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(cacheDir, { recursive: true, force: true });
});

describe('killed mid-load while editors write, then started again', () => {
  it('comes back serving every story in its latest state; it never wrote to the content folder', async () => {
    server = await startServer(dir, { CONTENT_CACHE_DIR: cacheDir });
    const { url } = server;
    const statuses = new Map<number, number>();
    let loading = true;
    const load = async () => {
      for (let n = 0; loading; n++) {
        try {
          const res = await fetch(`${url}${LOAD_PATHS[n % LOAD_PATHS.length]}`, { redirect: 'manual' });
          await res.arrayBuffer();
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        } catch {
          break; // The server is gone.
        }
      }
    };
    const readers = Array.from({ length: 8 }, load);

    // The writer: new stories and edits every 100 ms, and a deletion near the end, while the readers run.
    const latest = new Map<number, number | 'deleted'>();
    let writing = true;
    const writer = (async () => {
      for (let round = 0; writing || round < 24; round++) {
        const i = round % 6;
        if (round === 23) {
          fs.rmSync(storyFile(5));
          latest.set(5, 'deleted');
          break;
        }
        const version = ((latest.get(i) as number | undefined) ?? 0) + 1;
        fs.writeFileSync(storyFile(i), story(i, version));
        latest.set(i, version);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    // The file index is written in the background after changes: kill once it exists, so the restart has one to
    // distrust, and while the writer is still at work; and not before the readers have had real answers (on a busy
    // machine the index can come first).
    const answered = () => [...statuses.values()].reduce((a, b) => a + b, 0);
    await within(20_000, async () => {
      if (!fs.readdirSync(cacheDir).some((n) => n.endsWith('.files.db'))) return 'no file index yet';
      return answered() > 50 || `${answered()} answers so far`;
    });
    await server.kill();
    writing = false;
    loading = false;
    await Promise.all([...readers, writer]);
    const writtenBeforeRestart = digestTree(dir);
    expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
    expect(answered()).toBeGreaterThan(50);
    await expect(fetch(`${url}/`)).rejects.toThrow(); // Really gone: nothing answers on its port.

    // The site only reads the content folder: the files are exactly what the writer left.
    const expectedFiles = new Map(digestTree(FIXTURE));
    for (const [i, version] of latest) {
      if (version !== 'deleted') expectedFiles.set(path.relative(dir, storyFile(i)), createHash('sha256').update(story(i, version)).digest('hex'));
    }
    expect(writtenBeforeRestart).toEqual(expectedFiles);
    // A crash or a bad disk leaves torn files in the cache; the next start must not trust them.
    for (const name of fs.readdirSync(cacheDir)) fs.truncateSync(path.join(cacheDir, name), 10);
    fs.writeFileSync(path.join(cacheDir, 'stray.v8.123.tmp'), 'half a snapshot');
    // And an editor keeps working while the site is down.
    fs.writeFileSync(storyFile(0), story(0, 99));
    latest.set(0, 99);

    server = await startServer(dir, { CONTENT_CACHE_DIR: cacheDir });
    for (const [i, version] of latest) {
      const res = await fetch(`${server.url}/news/crash-story-${i}`, { redirect: 'manual' });
      const html = await res.text();
      if (version === 'deleted') expect({ i, status: res.status }).toEqual({ i, status: 404 });
      else expect({ i, status: res.status, latest: html.includes(`Crash story ${i}, version ${version}<`) }).toEqual({ i, status: 200, latest: true });
    }
    for (const p of LOAD_PATHS) expect({ p, status: (await fetch(`${server.url}${p}`)).status }).toEqual({ p, status: 200 });
    // The section front lists the new stories too: the index was rebuilt, not only the pages.
    await within(5_000, async () => (await (await fetch(`${server!.url}/news`)).text()).includes('/news/crash-story-4') || 'not listed');
  });
});
