import { listScope, type FileStamp } from './load';
import { POOL_THRESHOLD } from './parse-pool';
import { readParsed, type ReadResult } from './read-parsed';
import type { Problem } from './problems';

/** A file modified more recently than this may still be being written: it is read on the next check. */
export const SETTLE_MS = 150;

const READ_CONCURRENCY = 16;

/** One content file as last read: its stamp, what parsing it gave, and its last valid value. */
export interface FileEntry<T> {
  stamp: FileStamp;
  parsed: { value?: T; problems: Problem[] };
  /** The last valid version, served while the file on disk is broken (an editor mid-save). */
  lastGood?: T;
}

const isChanged = (a: FileStamp | undefined, b: FileStamp) => !a || a.mtimeMs !== b.mtimeMs || a.size !== b.size;
const inScope = (file: string, scope: string) => file === scope || file.startsWith(`${scope}/`);

/**
 * Brings `files` up to date for one path of the content folder: re-reads what changed, drops what
 * is gone. Returns whether anything changed; files still being written are left for the next check.
 */
export async function reconcile<T>(
  files: Map<string, FileEntry<T>>, scope: string, force: boolean, parse: (file: string, raw: string) => { value?: T; problems: Problem[] },
  unsettled: string[],
  parseMany?: (stamps: FileStamp[]) => Promise<ReadResult<T>[] | undefined>,
  /** Receives the path of every file re-read or dropped, so the caller can update what it derived from them alone. */
  touched?: string[],
  /** The listing of `scope`, when it was started earlier (undefined inside: list it now). */
  listed?: Promise<FileStamp[] | undefined>,
): Promise<boolean> {
  let dirty = false;
  const seen = new Set<string>();
  const now = Date.now();
  const toRead: FileStamp[] = [];
  for (const stamp of (await listed) ?? (await listScope(scope))) {
    seen.add(stamp.file);
    if (!force && !isChanged(files.get(stamp.file)?.stamp, stamp)) continue;
    const age = now - stamp.mtimeMs;
    // A future mtime (clock skew, unpacked archive) is not a file being written: read it.
    if (age >= 0 && age < SETTLE_MS) unsettled.push(stamp.file);
    else toRead.push(stamp);
  }
  const store = (stamp: FileStamp, { gone, ...result }: ReadResult<T>) => {
    // A removed file keeps no last good version: it must not be served again.
    files.set(stamp.file, { stamp, parsed: result, lastGood: result.value ?? (gone ? undefined : files.get(stamp.file)?.lastGood) });
    touched?.push(stamp.file);
    dirty = true;
  };
  const many = parseMany && toRead.length >= POOL_THRESHOLD ? await parseMany(toRead) : undefined;
  if (many) many.forEach((result, i) => store(toRead[i], result));
  // Several reads in flight keep the disk busy; parsing happens one file at a time on this thread.
  let next = many ? toRead.length : 0;
  const worker = async () => {
    while (next < toRead.length) {
      const stamp = toRead[next++];
      store(stamp, await readParsed(stamp, (raw) => parse(stamp.file, raw)));
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, toRead.length) }, worker));
  for (const file of files.keys()) {
    if (inScope(file, scope) && !seen.has(file)) {
      files.delete(file);
      touched?.push(file);
      dirty = true;
    }
  }
  return dirty;
}
