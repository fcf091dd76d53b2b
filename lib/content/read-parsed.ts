import { readContentText, type FileStamp } from './load';
import type { Problem } from './problems';

/** What reading and parsing one file gave; `gone` when it vanished between the listing and the read. */
export interface ReadResult<T> {
  value?: T;
  problems: Problem[];
  gone?: true;
}

/** What a failed read means to an editor: the system's own message names the server's path and little else. */
function readFailure(err: NodeJS.ErrnoException): string {
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'cannot be read: permission denied (let the server’s user read it); skipped';
  if (err.code) return `cannot be read (${err.code}); skipped until it changes`;
  return err.message;
}

/** Reads one content file and parses it; a failed read becomes a located problem, never an exception. */
export async function readParsed<T>(
  stamp: FileStamp, parse: (raw: string) => { value?: T; problems: Problem[] },
): Promise<ReadResult<T>> {
  const problem = (message: string, severity: Problem['severity']) => ({ problems: [{ file: stamp.file, line: 1, message, severity }] });
  try {
    const raw = await readContentText(stamp.file);
    // Listed a moment ago, gone now: the deletion's own change event drops it at the next check.
    return raw === undefined ? { ...problem('was removed while being read; skipped', 'warning'), gone: true } : parse(raw);
  } catch (err) {
    return problem(readFailure(err as NodeJS.ErrnoException), 'error');
  }
}

