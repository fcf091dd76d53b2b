import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { cacheFile } from '@/lib/content/cache-files';
import { SEARCH_FORMAT, SearchIndex, type SearchDoc } from '@/lib/search/sqlite-index';
import { runSearch } from '@/lib/search/engine';

const NOW = new Date('2026-06-01T12:00:00Z');
const doc = (id: string, title: string, body = ''): SearchDoc => ({
  id, title, body, tags: '', summary: '', authors: '', url: `/news/${id}`, section: 'news', sectionName: 'News',
  date: NOW.getTime(), fingerprint: `${id}-v1`,
});
const find = (index: SearchIndex, word: string) =>
  runSearch(index, { terms: [word], sort: 'relevance' }, NOW).hits.map((h) => h.slug);

describe('the search database in the cache folder', () => {
  const env = { ...process.env };
  let dir: string;
  let warn: jest.SpyInstance;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-db-'));
    process.env.CONTENT_DIR = path.join(dir, 'content');
    process.env.CONTENT_CACHE_DIR = path.join(dir, 'cache');
    warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    warn.mockRestore();
    process.env = { ...env };
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const file = () => cacheFile('search.sqlite');

  function saved(): void {
    const index = SearchIndex.open();
    index.transaction(() => {
      index.add(doc('ferry', 'Ferry strike ends', 'The harbour reopened at dawn.'));
      index.add(doc('weir', 'Weir repaired'));
    });
    index.close();
  }

  it('keeps what was indexed between runs, fingerprints and all, outside the content folder', () => {
    saved();
    expect(fs.existsSync(file())).toBe(true);
    expect(file().startsWith(path.join(dir, 'cache'))).toBe(true);
    const reopened = SearchIndex.open();
    expect(reopened.fingerprints()).toEqual(new Map([['ferry', 'ferry-v1'], ['weir', 'weir-v1']]));
    expect(find(reopened, 'harbour')).toEqual(['ferry']);
    reopened.close();
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    ['garbage', () => fs.writeFileSync(file(), 'this is not a database '.repeat(500))],
    ['truncated', () => fs.truncateSync(file(), 1000)],
    ['emptied', () => fs.truncateSync(file(), 0)],
  ])('starts afresh from a %s file and works', (_name, damage) => {
    saved();
    damage();
    const index = SearchIndex.open();
    expect(index.fingerprints().size).toBe(0);
    index.add(doc('quay', 'Quay widened'));
    expect(find(index, 'quay')).toEqual(['quay']);
    index.close();
  });

  it('sets aside a database of another format or another program, and never reads it', () => {
    fs.mkdirSync(path.dirname(file()), { recursive: true });
    const foreign = new Database(file());
    foreign.exec("CREATE TABLE docs (slug TEXT); INSERT INTO docs VALUES ('planted')");
    foreign.close();
    const index = SearchIndex.open();
    expect(index.fingerprints().size).toBe(0);
    index.close();
    expect(warn.mock.calls.join(' ')).toContain('starting it afresh');

    const older = new Database(file());
    older.prepare("UPDATE meta SET value = 'search-0' WHERE key = 'format'").run();
    older.close();
    expect(SEARCH_FORMAT).not.toBe('search-0');
    const again = SearchIndex.open();
    expect(again.fingerprints().size).toBe(0);
    again.close();
  });

  it('does not follow a link planted where the database goes', () => {
    fs.mkdirSync(path.dirname(file()), { recursive: true });
    const target = path.join(dir, 'precious.txt');
    fs.writeFileSync(target, 'keep me');
    fs.symlinkSync(target, file());
    const index = SearchIndex.open();
    index.add(doc('ferry', 'Ferry'));
    index.close();
    expect(fs.readFileSync(target, 'utf8')).toBe('keep me');
  });

  it('is deleted with its side files by discardFile, so the next open indexes afresh', () => {
    saved();
    const index = SearchIndex.open();
    index.discardFile();
    expect(fs.existsSync(file())).toBe(false);
    const fresh = SearchIndex.open();
    expect(fresh.fingerprints().size).toBe(0);
    fresh.close();
  });
});

describe('scoring a word found in much of the archive', () => {
  it('scores the newest matches and every older headline match, and still counts them all', () => {
    const index = SearchIndex.open(true);
    const day = 86_400_000;
    index.transaction(() => {
      index.add({ ...doc('old-headline', 'Harbour wall collapses'), date: NOW.getTime() - 900 * day });
      index.add({ ...doc('old-body', 'Council minutes', 'The harbour was discussed.'), date: NOW.getTime() - 800 * day });
      for (let i = 0; i < 30; i++) index.add({ ...doc(`recent-${i}`, `Ferry notice ${i}`, 'Sailings from the harbour.'), date: NOW.getTime() - i * day });
    });
    const match = (scoredMatches?: number) =>
      index.match({ match: '"harbour"', newestFirst: false, nowMs: NOW.getTime(), limit: 40, offset: 0, scoredMatches });
    const capped = match(10);
    expect(capped.total).toBe(32);
    expect(capped.rows[0].id).toBe('old-headline');
    expect(capped.rows.map((r) => r.id)).not.toContain('old-body');
    expect(capped.rows.map((r) => r.id)).toContain('recent-9');
    expect(capped.rows.map((r) => r.id)).not.toContain('recent-10');
    const whole = match(undefined);
    expect(whole.rows).toHaveLength(32);
    expect(whole.rows[0].id).toBe('old-headline');
    const newest = index.match({ match: '"harbour"', newestFirst: true, nowMs: NOW.getTime(), limit: 3, offset: 30 });
    expect(newest.rows.map((r) => r.id)).toEqual(['old-body', 'old-headline']);
  });

  it('scores only the newest older headline matches when there are more than the cap, and still counts them all', () => {
    const index = SearchIndex.open(true);
    const day = 86_400_000;
    index.transaction(() => {
      for (let i = 0; i < 6; i++) index.add({ ...doc(`old-headline-${i}`, `Harbour wall report ${i}`), date: NOW.getTime() - (500 + i * 100) * day });
      for (let i = 0; i < 30; i++) index.add({ ...doc(`recent-${i}`, `Ferry notice ${i}`, 'Sailings from the harbour.'), date: NOW.getTime() - i * day });
    });
    const found = index.match({ match: '"harbour"', newestFirst: false, nowMs: NOW.getTime(), limit: 40, offset: 0, scoredMatches: 10, scoredHeadMatches: 2 });
    expect(found.total).toBe(36);
    const ids = found.rows.map((r) => r.id);
    expect(ids.slice(0, 2).sort()).toEqual(['old-headline-0', 'old-headline-1']);
    expect(ids).not.toContain('old-headline-2');
    expect(ids).toHaveLength(12);
  });

  it('keeps row ids in publication order, even for articles published in the same second', () => {
    const index = SearchIndex.open(true);
    index.transaction(() => ['b', 'a', 'c'].forEach((id) => index.add(doc(id, `Same second ${id}`))));
    index.add({ ...doc('later', 'Same second later'), date: NOW.getTime() + 1000 });
    const newest = index.match({ match: '"second"', newestFirst: true, nowMs: NOW.getTime(), limit: 10, offset: 0 });
    expect(newest.rows.map((r) => r.id)).toEqual(['later', 'c', 'a', 'b']);
  });

  it('indexes thousands of articles that share one publication second (an archive imported with one date)', () => {
    const index = SearchIndex.open(true);
    const count = 3_000;
    index.transaction(() => {
      for (let i = 0; i < count; i++) index.add(doc(`imported-${i}`, `Imported story ${i}`));
    });
    index.add({ ...doc('next-second', 'Imported story after'), date: NOW.getTime() + 1000 });
    const all = index.match({ match: '"imported"', newestFirst: true, nowMs: NOW.getTime(), limit: 2, offset: 0 });
    expect(all.total).toBe(count + 1);
    expect(all.rows.map((r) => r.id)).toEqual(['next-second', `imported-${count - 1}`]);
  });
});
