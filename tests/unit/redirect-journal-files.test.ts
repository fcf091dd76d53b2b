import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The store reads CONTENT_DIR when it first loads: a content folder and a cache folder made here.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-content-'));
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-cache-'));
const victimDir = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-victim-'));
process.env.CONTENT_DIR = dir;
process.env.CONTENT_CACHE_DIR = cacheDir;

import { within } from '../helpers/poll';

const file = path.join(dir, 'articles', '2025-01-01-first-name.md');
const article = (extra = '') => `---\ntitle: A story that moves\ndate: 2025-01-01\nsection: News\nsummary: S.\n${extra}---\nBody.\n`;
/** Moves a file's modification time past the settle delay, as an editor's save some seconds ago would. */
const settle = () => fs.utimesSync(file, new Date(Date.now() - 5_000), new Date(Date.now() - 5_000));
const victim = path.join(victimDir, 'precious.txt');
// A journal entry on one of the site's own addresses is ignored, as such an alias is.
const COMMITTED = { '/news/committed-old-name': 'first-name', '/robots.txt': 'first-name', '/feed.xml': 'first-name' };

/** Every file below a folder with its bytes, to show nothing there changed. */
function snapshot(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(folder, full)] = entry.isSymbolicLink() ? `-> ${fs.readlinkSync(full)}` : entry.isFile() ? fs.readFileSync(full, 'utf8') : 'dir';
  }
  return out;
}

beforeAll(() => {
  fs.mkdirSync(path.join(dir, 'articles'), { recursive: true });
  fs.writeFileSync(file, article());
  settle();
  // A journal committed with the content is read, never rewritten.
  fs.writeFileSync(path.join(dir, '.redirects.json'), JSON.stringify(COMMITTED));
  // Links planted where a writer might put its temporary file: a write through either would overwrite the victim.
  fs.writeFileSync(victim, 'precious');
  fs.symlinkSync(victim, path.join(dir, '.redirects.json.tmp'));
  jest.spyOn(console, 'info').mockImplementation(() => {});
});

afterAll(() => {
  for (const folder of [dir, cacheDir, victimDir]) fs.rmSync(folder, { recursive: true, force: true });
});

describe('the redirect journal of renamed articles', () => {
  it('keeps renames in the cache folder, reads the committed journal and writes nothing in the content folder', async () => {
    const content = await import('@/lib/content');
    const store = await import('@/lib/content/store');
    expect((await content.getRedirectTarget('/news/committed-old-name'))?.slug).toBe('first-name');
    for (const own of ['/robots.txt', '/feed.xml']) expect(await content.getRedirectTarget(own)).toBeUndefined();
    const before = snapshot(dir);
    fs.writeFileSync(file, article('slug: second-name\n'));
    settle();
    before['articles/2025-01-01-first-name.md'] = article('slug: second-name\n');
    await within(5_000, async () => (await content.getRedirectTarget('/news/first-name'))?.slug === 'second-name');
    // The committed entry follows the rename too, so chains stay one hop.
    expect((await content.getRedirectTarget('/news/committed-old-name'))?.slug).toBe('second-name');
    expect(snapshot(dir)).toEqual(before);
    expect(fs.readFileSync(victim, 'utf8')).toBe('precious');
    expect(fs.readdirSync(cacheDir).filter((name) => name.endsWith('.redirects.json'))).toHaveLength(1);
    store.stopWatching();
  });

  it('remembers the rename after a restart', async () => {
    jest.resetModules();
    const content = await import('@/lib/content');
    const store = await import('@/lib/content/store');
    expect((await content.getRedirectTarget('/news/first-name'))?.slug).toBe('second-name');
    store.stopWatching();
  });

  it('refuses to write through a link planted at the journal in the cache folder, and still redirects in memory', async () => {
    const journal = fs.readdirSync(cacheDir).find((name) => name.endsWith('.redirects.json'))!;
    fs.rmSync(path.join(cacheDir, journal));
    fs.symlinkSync(victim, path.join(cacheDir, journal));
    jest.resetModules();
    const warned = jest.spyOn(console, 'warn').mockImplementation(() => {});
    const content = await import('@/lib/content');
    const store = await import('@/lib/content/store');
    expect((await content.getArticle('second-name'))?.slug).toBe('second-name');
    fs.writeFileSync(file, article('slug: third-name\n'));
    settle();
    await within(5_000, async () => (await content.getRedirectTarget('/news/second-name'))?.slug === 'third-name');
    expect(fs.readFileSync(victim, 'utf8')).toBe('precious');
    expect(fs.lstatSync(path.join(cacheDir, journal)).isSymbolicLink()).toBe(true);
    expect(warned.mock.calls.map((c) => String(c[0]))).toContainEqual(expect.stringMatching(/could not save .*redirects/));
    store.stopWatching();
  });
});
