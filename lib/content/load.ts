import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

/** Article files larger than this are refused: no real story needs it, and it protects the server. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** The content folder: `CONTENT_DIR` if set, else `./content` beside the app. */
export function contentDir(): string {
  const configured = process.env.CONTENT_DIR;
  // Data read at run time, not code: the ignore comment keeps content/ out of the build's file tracing (standalone output).
  return configured ? path.resolve(configured) : path.join(/* turbopackIgnore: true */ process.cwd(), 'content');
}

/** A file's identity for change detection: when its size or modification time moves, it is read again. */
export interface FileStamp {
  file: string;
  mtimeMs: number;
  size: number;
}

/** Resolves a path relative to the content folder, refusing anything that escapes it. */
export function resolveInside(relative: string): string | undefined {
  const root = contentDir();
  const full = path.resolve(root, relative);
  return full.startsWith(root + path.sep) ? full : undefined;
}

/** Files stat-ed between two yields to the event loop: about 15 ms of work, so requests keep being answered. */
const STAT_CHUNK = 2_000;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Lists Markdown files under `folder` (relative to the content folder, any nesting), without following links. */
export async function listMarkdownFiles(folder: string): Promise<FileStamp[]> {
  const root = contentDir();
  const found: FileStamp[] = [];
  let sinceYield = 0;
  const walk = async (relDir: string) => {
    let entries;
    try {
      entries = await fs.readdir(path.join(root, relDir), { withFileTypes: true });
    } catch {
      return;
    }
    const markdown: string[] = [];
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const rel = path.posix.join(relDir, entry.name);
      if (entry.isDirectory()) await walk(rel);
      else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) markdown.push(rel);
    }
    // Synchronous stat in chunks: at 100,000 files it takes 0.7 s where promises through libuv's four
    // threads took 2 s, and the yields between chunks keep any one stall short.
    for (const rel of markdown) {
      if (++sinceYield >= STAT_CHUNK) {
        sinceYield = 0;
        await yieldToEventLoop();
      }
      const stat = fsSync.statSync(path.join(root, rel), { throwIfNoEntry: false });
      // Deleted between listing and stat: the next refresh sees it gone.
      if (stat) found.push({ file: rel, mtimeMs: stat.mtimeMs, size: stat.size });
    }
  };
  await walk(folder);
  return found;
}

/**
 * Lists the Markdown files at `scope` (relative to the content folder): all files below it when it
 * is a folder, the file itself when it is one, nothing when it is gone or not Markdown.
 */
export async function listScope(scope: string): Promise<FileStamp[]> {
  const full = resolveInside(scope);
  if (!full) return [];
  try {
    const stat = await fs.lstat(full);
    if (stat.isDirectory()) return listMarkdownFiles(scope);
    if (stat.isFile() && /\.(md|markdown)$/i.test(scope) && !path.basename(scope).startsWith('.')) {
      return [{ file: scope, mtimeMs: stat.mtimeMs, size: stat.size }];
    }
  } catch {
    // Gone: the caller drops what it had below this path.
  }
  return [];
}

/** Reads the JSON file at `relative` in the content folder, or undefined when absent or unreadable. */
export async function readContentJson(relative: string): Promise<unknown> {
  try {
    const text = await readContentText(relative);
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Reads a text file of the content folder; undefined when it does not exist. Refuses oversized files. */
export async function readContentText(relative: string): Promise<string | undefined> {
  const full = resolveInside(relative);
  if (!full) return undefined;
  try {
    const stat = await fs.lstat(full);
    if (!stat.isFile()) return undefined;
    if (stat.size > MAX_ARTICLE_BYTES) {
      throw new Error(`file is ${Math.round(stat.size / 1024)} KB, over the ${MAX_ARTICLE_BYTES / 1024 / 1024} MB limit: split it or move media to images/`);
    }
    return await fs.readFile(full, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/**
 * `readContentText` without waiting on the event loop: for bulk reads of many small files (the search fill), where
 * five round trips per file on a busy server took seconds for a few dozen files. Same checks and limit.
 */
export function readContentTextSync(relative: string): string | undefined {
  const full = resolveInside(relative);
  if (!full) return undefined;
  try {
    const stat = fsSync.lstatSync(full);
    if (!stat.isFile()) return undefined;
    if (stat.size > MAX_ARTICLE_BYTES) {
      throw new Error(`file is ${Math.round(stat.size / 1024)} KB, over the ${MAX_ARTICLE_BYTES / 1024 / 1024} MB limit: split it or move media to images/`);
    }
    return fsSync.readFileSync(full, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** Modification time of a content file, or 0 when it is absent (so its appearance is a change). */
export async function stampOf(relative: string): Promise<number> {
  try {
    const full = resolveInside(relative);
    return full ? (await fs.stat(full)).mtimeMs : 0;
  } catch {
    return 0;
  }
}
