import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSnapshot, saveSnapshot } from '@/lib/content/snapshot';

describe('index snapshot', () => {
  const env = { ...process.env };
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'snapshot-'));
    process.env.CONTENT_DIR = path.join(dir, 'content');
    process.env.CONTENT_CACHE_DIR = path.join(dir, 'cache');
  });
  afterEach(() => {
    process.env = { ...env };
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const ctx = { timeZone: 'Europe/Oslo', defaultSection: 'news', sectionNames: new Map([['news', 'News']]) };
  const entry = {
    stamp: { file: 'articles/a.md', mtimeMs: 1, size: 2 },
    parsed: { value: { slug: 'a', date: new Date('2025-01-01T00:00:00Z') } as never, problems: [] },
  };

  it('gives back what was saved for the same folder and settings, dates and all', async () => {
    await saveSnapshot(ctx, { articleFiles: new Map([['articles/a.md', entry]]), authorFiles: new Map() });
    const loaded = await loadSnapshot(ctx);
    const value = loaded?.articleFiles.get('articles/a.md')?.parsed.value as unknown as { date: Date };
    expect(value.date).toEqual(new Date('2025-01-01T00:00:00Z'));
  });

  it('is ignored when the settings that shape parsing differ, or the folder does', async () => {
    await saveSnapshot(ctx, { articleFiles: new Map([['articles/a.md', entry]]), authorFiles: new Map() });
    expect(await loadSnapshot({ ...ctx, timeZone: 'UTC' })).toBeUndefined();
    process.env.CONTENT_DIR = path.join(dir, 'other');
    expect(await loadSnapshot(ctx)).toBeUndefined();
  });

  it('is kept across builds of the same parser, and ignored by a new parser version', async () => {
    process.env.NEXT_DIST_DIR = path.relative(process.cwd(), path.join(dir, 'dist'));
    fs.mkdirSync(path.join(dir, 'dist'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'dist', 'BUILD_ID'), 'build-one');
    await saveSnapshot(ctx, { articleFiles: new Map([['articles/a.md', entry]]), authorFiles: new Map() }, 1);
    fs.writeFileSync(path.join(dir, 'dist', 'BUILD_ID'), 'build-two');
    expect((await loadSnapshot(ctx, 1))?.articleFiles.size).toBe(1);
    expect(await loadSnapshot(ctx, 2)).toBeUndefined();
  });

  it('is ignored when the file is damaged', async () => {
    await saveSnapshot(ctx, { articleFiles: new Map([['articles/a.md', entry]]), authorFiles: new Map() });
    const [file] = fs.readdirSync(path.join(dir, 'cache'));
    fs.writeFileSync(path.join(dir, 'cache', file), 'garbage');
    expect(await loadSnapshot(ctx)).toBeUndefined();
  });
});
