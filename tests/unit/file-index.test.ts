import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeFileIndex, loadFileIndex, writeFileIndex } from '@/lib/content/file-index';

describe('file index (SQLite)', () => {
  const env = { ...process.env };
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'file-index-'));
    process.env.CONTENT_DIR = path.join(dir, 'content');
    process.env.CONTENT_CACHE_DIR = path.join(dir, 'cache');
  });
  afterEach(() => {
    closeFileIndex();
    process.env = { ...env };
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const ctx = { timeZone: 'Europe/Oslo', defaultSection: 'news', sectionNames: new Map([['news', 'News']]) };
  const record = (slug: string) =>
    ({ slug, date: new Date('2025-01-01T00:00:00Z'), updated: new Date('2025-01-02T00:00:00Z'), terms: ['harbour'], tags: [], authorRefs: [], sectionSlug: 'news', sectionName: 'News' }) as never;
  const good = (file: string, slug = 'a') => {
    const value = record(slug);
    return { stamp: { file, mtimeMs: 1.5, size: 2 }, parsed: { value, problems: [] }, lastGood: value };
  };
  const dbFiles = () => fs.readdirSync(path.join(dir, 'cache')).filter((n) => n.endsWith('.files.db'));

  it('gives back what was written for the same folder and settings, stamps and dates and all', () => {
    expect(writeFileIndex(ctx, [['articles/a.md', good('articles/a.md')], ['authors/kim.md', { stamp: { file: 'authors/kim.md', mtimeMs: 3, size: 4 }, parsed: { value: { id: 'kim', name: 'Kim' }, problems: [] } }]], true)).toBe(true);
    const loaded = loadFileIndex(ctx)!;
    const a = loaded.articleFiles.get('articles/a.md')!;
    expect(a.stamp).toEqual({ file: 'articles/a.md', mtimeMs: 1.5, size: 2 });
    expect((a.parsed.value as unknown as { date: Date }).date).toEqual(new Date('2025-01-01T00:00:00Z'));
    expect((a.parsed.value as unknown as { updated: Date }).updated).toEqual(new Date('2025-01-02T00:00:00Z'));
    expect(a.lastGood).toBe(a.parsed.value);
    expect(loaded.authorFiles.get('authors/kim.md')?.parsed.value).toEqual({ id: 'kim', name: 'Kim' });
    expect(dbFiles()).toHaveLength(1);
  });

  it('keeps a broken file’s last good version and its problems', () => {
    const broken = { stamp: { file: 'articles/b.md', mtimeMs: 9, size: 9 }, parsed: { problems: [{ file: 'articles/b.md', line: 3, message: 'bad', severity: 'error' as const }] }, lastGood: record('b') };
    writeFileIndex(ctx, [['articles/b.md', broken]], true);
    const b = loadFileIndex(ctx)!.articleFiles.get('articles/b.md')!;
    expect(b.parsed.value).toBeUndefined();
    expect(b.parsed.problems[0]).toMatchObject({ line: 3, message: 'bad' });
    expect((b.lastGood as unknown as { slug: string }).slug).toBe('b');
  });

  it('updates one row at a time: a changed file is rewritten, a gone one removed, the rest kept', () => {
    writeFileIndex(ctx, [['articles/a.md', good('articles/a.md')], ['articles/b.md', good('articles/b.md', 'b')]], true);
    writeFileIndex(ctx, [['articles/a.md', good('articles/a.md', 'a2')], ['articles/b.md', undefined]], false);
    const files = loadFileIndex(ctx)!.articleFiles;
    expect([...files.keys()]).toEqual(['articles/a.md']);
    expect((files.get('articles/a.md')!.parsed.value as unknown as { slug: string }).slug).toBe('a2');
  });

  it('is ignored when the settings that shape parsing differ, or the folder does', () => {
    writeFileIndex(ctx, [['articles/a.md', good('articles/a.md')]], true);
    expect(loadFileIndex({ ...ctx, timeZone: 'UTC' })).toBeUndefined();
    closeFileIndex();
    process.env.CONTENT_DIR = path.join(dir, 'other');
    expect(loadFileIndex(ctx)).toBeUndefined();
  });

  it('is kept across builds of the same parser, and dropped by a new parser version', () => {
    process.env.NEXT_DIST_DIR = path.relative(process.cwd(), path.join(dir, 'dist'));
    fs.mkdirSync(path.join(dir, 'dist'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'dist', 'BUILD_ID'), 'build-one');
    writeFileIndex(ctx, [['articles/a.md', good('articles/a.md')]], true, 1);
    fs.writeFileSync(path.join(dir, 'dist', 'BUILD_ID'), 'build-two');
    expect(loadFileIndex(ctx, 1)?.articleFiles.size).toBe(1);
    expect(loadFileIndex(ctx, 2)).toBeUndefined();
    // The new version's first write replaces every row, so none of the old version's survives.
    writeFileIndex(ctx, [['articles/b.md', good('articles/b.md', 'b')]], false, 2);
    expect([...loadFileIndex(ctx, 2)!.articleFiles.keys()]).toEqual(['articles/b.md']);
  });

  it.each([
    ['garbage', (file: string) => fs.writeFileSync(file, 'garbage '.repeat(1000))],
    ['truncated', (file: string) => fs.truncateSync(file, 100)],
    ['deleted', (file: string) => fs.rmSync(file)],
  ])('costs a re-index and nothing else when the database was %s', (_name, damage) => {
    writeFileIndex(ctx, [['articles/a.md', good('articles/a.md')]], true);
    closeFileIndex();
    for (const file of fs.readdirSync(path.join(dir, 'cache'))) if (file.endsWith('.files.db')) damage(path.join(dir, 'cache', file));
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect(loadFileIndex(ctx)).toBeUndefined();
      // And it works again at once: the next write starts it afresh.
      expect(writeFileIndex(ctx, [['articles/a.md', good('articles/a.md')]], true)).toBe(true);
      expect(loadFileIndex(ctx)?.articleFiles.size).toBe(1);
    } finally {
      warn.mockRestore();
    }
  });
});
