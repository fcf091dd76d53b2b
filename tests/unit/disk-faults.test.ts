import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The store reads CONTENT_DIR when it first loads: a folder made here, read through a file system that fails on cue.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'disk-faults-'));
process.env.CONTENT_DIR = dir;
process.env.CONTENT_CACHE_DIR = path.join(dir, '.cache');

/** File names whose next read fails: `deny` as an unreadable file does, `remove` by deleting it just before the read. */
const faults = new Map<string, 'deny' | 'remove'>();

jest.mock('node:fs/promises', () => {
  const real = jest.requireActual('node:fs/promises');
  const readFile = async (file: string, ...rest: unknown[]) => {
    const name = path.basename(String(file));
    const fault = faults.get(name);
    // Root reads any file whatever its mode, so a permission error is produced the way the kernel reports it.
    if (fault === 'deny') throw Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES', errno: -13 });
    if (fault === 'remove') {
      faults.delete(name);
      await real.unlink(file);
    }
    return real.readFile(file, ...rest);
  };
  return { __esModule: true, ...real, readFile, default: { ...real, readFile } };
});

import { formatProblem, getArticle, getProblems } from '@/lib/content';
import { reconcile, type FileEntry } from '@/lib/content/reconcile';
import { stopWatching } from '@/lib/content/store';
import { within } from '../helpers/poll';

const article = (title: string) => `---\ntitle: "${title}"\ndate: 2025-01-01\nsection: News\nsummary: S.\n---\nBody of ${title}.\n`;
const file = (slug: string) => path.join(dir, 'articles', `2025-01-01-${slug}.md`);
const write = (slug: string, title: string) => fs.writeFileSync(file(slug), article(title));
/** Moves a file's modification time past the settle delay, as an editor's save some seconds ago would. */
const settle = (slug: string) => fs.utimesSync(file(slug), new Date(Date.now() - 5_000), new Date(Date.now() - 5_000));

beforeAll(() => {
  fs.mkdirSync(path.join(dir, 'articles'), { recursive: true });
  for (const slug of ['plain', 'denied', 'vanishing', 'edited-away']) {
    write(slug, `Story ${slug}`);
    settle(slug);
  }
  faults.set('2025-01-01-denied.md', 'deny');
  faults.set('2025-01-01-vanishing.md', 'remove');
  jest.spyOn(console, 'error').mockImplementation(() => {});
});

afterAll(() => {
  stopWatching();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('disk faults while reading', () => {
  it('reports an unreadable file at its path, in words an editor can act on, and serves the rest', async () => {
    expect((await getArticle('plain'))?.title).toBe('Story plain');
    expect(await getArticle('denied')).toBeUndefined();
    const problems = (await getProblems()).map(formatProblem);
    expect(problems).toContain('articles/2025-01-01-denied.md:1 cannot be read: permission denied (let the server’s user read it); skipped');
    expect(problems.join('\n')).not.toContain(dir); // The server's own paths stay out of the report.
  });

  it('skips a file removed between listing and reading, and never serves it', async () => {
    expect(await getArticle('vanishing')).toBeUndefined();
    expect(fs.existsSync(file('vanishing'))).toBe(false);
    // Its removal is a change like any other: the next check forgets it entirely.
    await within(5_000, async () => !(await getProblems()).some((p) => p.file.endsWith('vanishing.md')) || 'still reported');
    expect((await getArticle('plain'))?.title).toBe('Story plain');
  });

  it('drops an article whose file disappears while its edit is being read, instead of serving its last good version', async () => {
    expect((await getArticle('edited-away'))?.title).toBe('Story edited-away');
    faults.set('2025-01-01-edited-away.md', 'remove');
    write('edited-away', 'Edited story');
    settle('edited-away');
    await within(5_000, async () => (await getArticle('edited-away')) === undefined || 'still served');
    expect(fs.existsSync(file('edited-away'))).toBe(false);
  });

  it('keeps no last good version of a file that disappears while its edit is read', async () => {
    write('gone-mid-edit', 'Edited');
    settle('gone-mid-edit');
    const rel = 'articles/2025-01-01-gone-mid-edit.md';
    const files = new Map<string, FileEntry<string>>([
      [rel, { stamp: { file: rel, mtimeMs: 1, size: 1 }, parsed: { value: 'Original', problems: [] }, lastGood: 'Original' }],
    ]);
    faults.set('2025-01-01-gone-mid-edit.md', 'remove');
    const changed = await reconcile(files, rel, false, (_file, raw) => ({ value: raw, problems: [] }), []);
    expect(changed).toBe(true);
    expect(files.get(rel)).toMatchObject({ lastGood: undefined, parsed: { problems: [{ severity: 'warning', message: 'was removed while being read; skipped' }] } });
  });

  it('serves a file again once it can be read', async () => {
    faults.delete('2025-01-01-denied.md');
    write('denied', 'Story denied, readable now');
    settle('denied');
    await within(5_000, async () => (await getArticle('denied'))?.title === 'Story denied, readable now' || 'not yet');
    expect((await getProblems()).map(formatProblem).join('\n')).not.toContain('denied.md');
  });
});
