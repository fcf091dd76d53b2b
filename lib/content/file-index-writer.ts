import type { Author } from './catalog';
import { writeFileIndex, type FileChange } from './file-index';
import type { ArticleRecord, ParseContext } from './parse-article';
import type { FileEntry } from './reconcile';

/** The parsed files as the store holds them now. */
interface CurrentFiles {
  articleFiles: Map<string, FileEntry<ArticleRecord>>;
  authorFiles: Map<string, FileEntry<Author>>;
}

/** Rows per write transaction (about 5 ms of work): a reader's request waits behind one of them at most. */
const CHUNK = 400;
const DELAY_MS = 1000;

interface Pending {
  ctx: ParseContext;
  paths: Set<string>;
  all: boolean;
  current: () => CurrentFiles | undefined;
  timer?: NodeJS.Timeout;
  writing?: Promise<void>;
}
const key = Symbol.for('newsroom.content.file-index-writer');
const holder: { pending?: Pending } = ((globalThis as Record<symbol, { pending?: Pending }>)[key] ??= {});

/**
 * Writes the rows of `paths` (re-read or gone) to the file index a second after the change, from the store's files as
 * they are then; every file when `all`. Changes that come meanwhile join the same write.
 */
export function scheduleIndexWrite(ctx: ParseContext, paths: string[], all: boolean, current: () => CurrentFiles | undefined): void {
  const pending = (holder.pending ??= { ctx, paths: new Set(), all: false, current });
  Object.assign(pending, { ctx, current, all: pending.all || all });
  if (!pending.all) for (const p of paths) pending.paths.add(p);
  if (!pending.timer && !pending.writing) arm(pending);
}

function arm(pending: Pending) {
  pending.timer = setTimeout(() => {
    pending.timer = undefined;
    pending.writing = flush(pending).finally(() => {
      pending.writing = undefined;
      if (pending.all || pending.paths.size) arm(pending);
      else if (holder.pending === pending) holder.pending = undefined;
    });
  }, DELAY_MS);
  pending.timer.unref();
}

async function flush(pending: Pending): Promise<void> {
  const files = pending.current();
  if (!files) return; // The store is still on its first load: the next arm writes once it is done.
  const { ctx, all } = pending;
  const paths = all ? [...files.articleFiles.keys(), ...files.authorFiles.keys()] : [...pending.paths];
  pending.paths = new Set();
  pending.all = false;
  const entryOf = (p: string): FileChange => [p, p.startsWith('authors/') ? files.authorFiles.get(p) : files.articleFiles.get(p)];
  for (let next = 0; next < paths.length || next === 0; next += CHUNK) {
    if (!writeFileIndex(ctx, paths.slice(next, next + CHUNK).map(entryOf), all && next === 0)) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Drops a scheduled write (tests, before they remove their folder); one under way finishes its slice. */
export function stopIndexWrites(): void {
  clearTimeout(holder.pending?.timer);
  holder.pending = undefined;
}
