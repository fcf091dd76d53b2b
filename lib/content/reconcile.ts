import { listScope, readContentText, type FileStamp } from './load';
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

/** What a failed read means to an editor: the system's own message names the server's path and little else. */
function readFailure(err: NodeJS.ErrnoException): string {
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'cannot be read: permission denied (let the server’s user read it); skipped';
  if (err.code) return `cannot be read (${err.code}); skipped until it changes`;
  return err.message;
}

async function readParsed<T>(
  stamp: FileStamp, parse: (raw: string) => { value?: T; problems: Problem[] },
): Promise<{ value?: T; problems: Problem[]; gone?: true }> {
  const problem = (message: string, severity: Problem['severity']) => ({ problems: [{ file: stamp.file, line: 1, message, severity }] });
  try {
    const raw = await readContentText(stamp.file);
    // Listed a moment ago, gone now: the deletion's own change event drops it at the next check.
    return raw === undefined ? { ...problem('was removed while being read; skipped', 'warning'), gone: true } : parse(raw);
  } catch (err) {
    return problem(readFailure(err as NodeJS.ErrnoException), 'error');
  }
}

/**
 * Brings `files` up to date for one path of the content folder: re-reads what changed, drops what
 * is gone. Returns whether anything changed; files still being written are left for the next check.
 */
export async function reconcile<T>(
  files: Map<string, FileEntry<T>>, scope: string, force: boolean, parse: (file: string, raw: string) => { value?: T; problems: Problem[] },
  unsettled: string[],
): Promise<boolean> {
  let dirty = false;
  const seen = new Set<string>();
  const now = Date.now();
  const toRead: FileStamp[] = [];
  for (const stamp of await listScope(scope)) {
    seen.add(stamp.file);
    if (!force && !isChanged(files.get(stamp.file)?.stamp, stamp)) continue;
    const age = now - stamp.mtimeMs;
    // A future mtime (clock skew, unpacked archive) is not a file being written: read it.
    if (age >= 0 && age < SETTLE_MS) unsettled.push(stamp.file);
    else toRead.push(stamp);
  }
  // Several reads in flight keep the disk busy; parsing still happens one file at a time on this thread.
  let next = 0;
  const worker = async () => {
    while (next < toRead.length) {
      const stamp = toRead[next++];
      const { gone, ...result } = await readParsed(stamp, (raw) => parse(stamp.file, raw));
      // A removed file keeps no last good version: it must not be served again.
      files.set(stamp.file, { stamp, parsed: result, lastGood: result.value ?? (gone ? undefined : files.get(stamp.file)?.lastGood) });
      dirty = true;
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, toRead.length) }, worker));
  for (const file of files.keys()) {
    if (inScope(file, scope) && !seen.has(file)) {
      files.delete(file);
      dirty = true;
    }
  }
  return dirty;
}
