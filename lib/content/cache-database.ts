import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { cacheFile } from './cache-files';
import { contentDir } from './load';

/** An open SQLite database, as better-sqlite3 gives it. */
export type CacheDatabase = Database.Database;

const sidecars = (file: string) => [file, `${file}-wal`, `${file}-shm`, `${file}-journal`];

function removeDatabase(file: string): void {
  for (const f of sidecars(file)) fs.rmSync(f, { force: true });
}

/**
 * Opens a database that holds nothing but what can be derived again from the content folder, so any
 * doubt about it (a garbage, truncated or foreign file, an older format) is settled by starting it
 * afresh: it costs a re-index, never an error. `format` names the layout; `create` lays it out.
 */
function openOrReset(file: string, format: string, create: (db: CacheDatabase) => void): CacheDatabase {
  for (let attempt = 0; ; attempt++) {
    let db: CacheDatabase | undefined;
    try {
      if (file !== ':memory:') {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        const existing = fs.lstatSync(file, { throwIfNoEntry: false });
        if (existing && !existing.isFile()) throw new Error(`${file} is not a plain file`);
      }
      db = new Database(file);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('busy_timeout = 5000');
      // A page cache of 16 MB: enough for the hot parts of the index, and the server's memory stays flat.
      db.pragma('cache_size = -16000');
      db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
      const stored = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get('format') as string | undefined;
      const folder = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get('folder') as string | undefined;
      if (stored === format && folder === contentDir()) return db;
      const tables = db.prepare("SELECT count(*) FROM sqlite_master WHERE tbl_name != 'meta'").pluck().get() as number;
      if (tables > 0) throw new Error(`made for ${folder ?? 'another folder'} in format ${stored ?? 'unknown'}`);
      db.transaction(() => {
        create(db!);
        db!.prepare('INSERT OR REPLACE INTO meta VALUES (?, ?)').run('format', format);
        db!.prepare('INSERT OR REPLACE INTO meta VALUES (?, ?)').run('folder', contentDir());
      })();
      return db;
    } catch (err) {
      db?.close();
      if (file === ':memory:' || attempt > 0) throw err;
      console.warn(`content: the cache database ${file} could not be used (${(err as Error).message}); starting it afresh`);
      removeDatabase(file);
    }
  }
}

/**
 * The cache database `name` of this content folder (beside the other cache files), or an in-memory one
 * when `inMemory` (tests). Never inside the content folder: the site only reads that.
 */
export function openCacheDatabase(name: string, format: string, create: (db: CacheDatabase) => void, inMemory = false): CacheDatabase {
  return openOrReset(inMemory ? ':memory:' : cacheFile(name), format, create);
}

/** Closes a cache database and deletes its files, so the next open starts afresh (after a corruption). */
export function discardCacheDatabase(db: CacheDatabase): void {
  const file = db.name;
  db.close();
  if (file !== ':memory:') removeDatabase(file);
}
