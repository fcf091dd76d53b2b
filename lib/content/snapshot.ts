import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import v8 from 'node:v8';
import type { Author } from './catalog';
import { cacheFile, writeFileAtomically } from './cache-files';
import { contentDir } from './load';
import type { ArticleRecord, ParseContext } from './parse-article';
import { PARSER_VERSION } from './parser-version';
import type { FileEntry } from './reconcile';

/** Bump when the shape of a parsed record changes, so an old snapshot is never read into new code. */
const SNAPSHOT_FORMAT = 1;

/** The parsed content files a server can start from instead of reading every file again. */
export interface IndexSnapshot {
  articleFiles: Map<string, FileEntry<ArticleRecord>>;
  authorFiles: Map<string, FileEntry<Author>>;
}

interface StoredSnapshot extends IndexSnapshot {
  key: string;
}

/**
 * What a snapshot is only valid for: this content folder, these site settings (they change how articles
 * parse) and this version of the parser, not this build: a redeploy with the same parser starts from it.
 * Any difference and the snapshot is ignored, never half-trusted.
 */
function snapshotKey(ctx: ParseContext, parserVersion: number): string {
  const settings = JSON.stringify({ ...ctx, sectionNames: [...(ctx.sectionNames ?? [])] });
  return createHash('sha1').update(`${SNAPSHOT_FORMAT}\n${contentDir()}\n${settings}\n${parserVersion}`).digest('hex');
}

const snapshotFile = () => cacheFile('v8');

/**
 * The index as the last run left it, when it was made for the same folder, settings and parser version. Entries
 * are still checked against each file's size and modification time before use; only unchanged files
 * skip reading and parsing.
 */
export async function loadSnapshot(ctx: ParseContext, parserVersion = PARSER_VERSION): Promise<IndexSnapshot | undefined> {
  try {
    const stored = v8.deserialize(await fs.readFile(snapshotFile())) as StoredSnapshot;
    if (stored.key !== snapshotKey(ctx, parserVersion)) return undefined;
    return { articleFiles: stored.articleFiles, authorFiles: stored.authorFiles };
  } catch {
    return undefined;
  }
}

/** Saves the index for the next start (written aside, then renamed, so a crash never leaves half a file). */
export async function saveSnapshot(ctx: ParseContext, snapshot: IndexSnapshot, parserVersion = PARSER_VERSION): Promise<void> {
  const file = snapshotFile();
  const stored: StoredSnapshot = { key: snapshotKey(ctx, parserVersion), ...snapshot };
  try {
    // A temporary name of its own per save, too: two saves may overlap (two stores in one process, as in tests).
    await writeFileAtomically(file, v8.serialize(stored));
  } catch (err) {
    console.warn(`content: could not save the index snapshot (${(err as Error).message}); the next start reads every file`);
  }
}
