import { createHash } from 'node:crypto';
import type { Author } from './catalog';
import { discardCacheDatabase, openCacheDatabase, type CacheDatabase } from './cache-database';
import { cacheFile } from './cache-files';
import type { ArticleRecord, ParseContext } from './parse-article';
import { PARSER_VERSION } from './parser-version';
import type { FileEntry } from './reconcile';
import { internRecord } from './intern';

/** Bump when the rows' layout or the shape of a parsed record changes, so an old file is never read into new code. */
const FORMAT = 'files-2';

/** The parsed content files a server can start from instead of reading every file again. */
export interface FileIndexContents {
  articleFiles: Map<string, FileEntry<ArticleRecord>>;
  authorFiles: Map<string, FileEntry<Author>>;
}

/**
 * What the rows are valid for: these site settings (they change how articles parse) and this version of the parser,
 * not this build, so a redeploy with the same parser starts from them. (The folder is checked when the file opens.)
 * Any difference and every row is dropped, never half-trusted.
 */
export function parseKey(ctx: ParseContext, parserVersion: number): string {
  const settings = JSON.stringify({ ...ctx, sectionNames: [...(ctx.sectionNames ?? [])] });
  return createHash('sha1').update(`${settings}\n${parserVersion}`).digest('hex');
}

const holderKey = Symbol.for('newsroom.content.file-index');
const holder: { db?: CacheDatabase } = ((globalThis as Record<symbol, { db?: CacheDatabase }>)[holderKey] ??= {});

function database(): CacheDatabase {
  if (holder.db?.open && holder.db.name === cacheFile('files.db')) return holder.db;
  holder.db = openCacheDatabase('files.db', FORMAT, (db) => {
    // A rowid table: rows of a kilobyte in a WITHOUT ROWID table took a 4 KB page each (460 MB at 100,000 files).
    db.exec(`CREATE TABLE files (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, size INTEGER NOT NULL, mtime REAL NOT NULL,
      parsed TEXT NOT NULL, last_good TEXT)`);
  });
  return holder.db;
}

const storedKey = (db: CacheDatabase) => db.prepare("SELECT value FROM meta WHERE key = 'parse'").pluck().get() as string | undefined;

function reviveDates(record: ArticleRecord): ArticleRecord {
  record.date = new Date(record.date);
  if (record.updated) record.updated = new Date(record.updated);
  if (record.expires) record.expires = new Date(record.expires);
  if (record.breakingUntil) record.breakingUntil = new Date(record.breakingUntil);
  if (record.live) {
    record.live.until = new Date(record.live.until);
    if (record.live.ends) record.live.ends = new Date(record.live.ends);
    for (const entry of record.live.entries) entry.time = new Date(entry.time);
  }
  for (const note of [...(record.corrections ?? []), ...(record.updates ?? [])]) note.date = new Date(note.date);
  return record;
}

type Row = { path: string; size: number; mtime: number; parsed: string; last_good: string | null };

/**
 * The files as the last run left them, when it parsed them with the same settings and parser version. Entries are
 * still checked against each file's size and modification time before use; only unchanged files skip reading
 * and parsing. Undefined when there is nothing to reuse, or the database cannot be read (it is then started afresh).
 */
export function loadFileIndex(ctx: ParseContext, parserVersion = PARSER_VERSION): FileIndexContents | undefined {
  try {
    const db = database();
    if (storedKey(db) !== parseKey(ctx, parserVersion)) return undefined;
    const articleFiles: FileIndexContents['articleFiles'] = new Map();
    const authorFiles: FileIndexContents['authorFiles'] = new Map();
    const strings = new Map<string, string>();
    for (const row of db.prepare('SELECT path, size, mtime, parsed, last_good FROM files').iterate() as IterableIterator<Row>) {
      const stamp = { file: row.path, mtimeMs: row.mtime, size: row.size };
      const parsed = JSON.parse(row.parsed) as FileEntry<never>['parsed'];
      if (row.path.startsWith('authors/')) {
        const lastGood = row.last_good ? (JSON.parse(row.last_good) as Author) : parsed.value;
        authorFiles.set(row.path, { stamp, parsed, lastGood });
        continue;
      }
      const value = parsed.value ? internRecord(reviveDates(parsed.value), strings) : undefined;
      const lastGood = row.last_good ? internRecord(reviveDates(JSON.parse(row.last_good)), strings) : value;
      articleFiles.set(row.path, { stamp, parsed: { value, problems: parsed.problems }, lastGood });
    }
    return { articleFiles, authorFiles };
  } catch (err) {
    startAfresh(err);
    return undefined;
  }
}

function startAfresh(err: unknown) {
  console.warn(`content: the file index could not be read (${(err as Error).message}); starting it afresh`);
  try {
    if (holder.db) discardCacheDatabase(holder.db);
  } catch {
    // Already closed: the next open starts from nothing either way.
  }
  holder.db = undefined;
}

/** A change to write: the file's entry now, or undefined when it is gone. */
export type FileChange = [path: string, entry: FileEntry<ArticleRecord> | FileEntry<Author> | undefined];

/**
 * Writes changed files' rows, or, when `all` (or the rows were parsed under other settings), replaces every row with
 * `changes`. Returns false when the database could not be written (a lost write only costs a slower start).
 */
export function writeFileIndex(ctx: ParseContext, changes: FileChange[], all: boolean, parserVersion = PARSER_VERSION): boolean {
  try {
    const db = database();
    const key = parseKey(ctx, parserVersion);
    const upsert = db.prepare(`INSERT INTO files (path, size, mtime, parsed, last_good) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, parsed = excluded.parsed, last_good = excluded.last_good`);
    const remove = db.prepare('DELETE FROM files WHERE path = ?');
    db.transaction(() => {
      if (all || storedKey(db) !== key) {
        db.exec('DELETE FROM files');
        db.prepare("INSERT OR REPLACE INTO meta VALUES ('parse', ?)").run(key);
      }
      for (const [path, entry] of changes) {
        if (!entry) remove.run(path);
        else upsert.run(path, entry.stamp.size, entry.stamp.mtimeMs, JSON.stringify(entry.parsed),
          entry.lastGood === entry.parsed.value ? null : JSON.stringify(entry.lastGood ?? null));
      }
    })();
    return true;
  } catch (err) {
    console.warn(`content: could not save the file index (${(err as Error).message}); the next start reads those files again`);
    return false;
  }
}

/** Closes the database (tests, before they remove its folder). */
export function closeFileIndex(): void {
  holder.db?.close();
  holder.db = undefined;
}
