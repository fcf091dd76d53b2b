import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { contentDir } from './load';

// The ignore comment stops the build's file tracing from copying the whole project into standalone output.
/** The build folder Next writes (`NEXT_DIST_DIR`, else `.next`). */
export const distDir = () => path.join(/* turbopackIgnore: true */ process.cwd(), process.env.NEXT_DIST_DIR || '.next');

/**
 * Where the site keeps what it derives from the content folder (file and search indexes, redirect journal):
 * `CONTENT_CACHE_DIR`, else Next's cache folder. Never the content folder itself, which the site only reads.
 */
export function cacheFile(extension: string): string {
  const folder = createHash('sha1').update(contentDir()).digest('hex').slice(0, 16);
  return path.join(/* turbopackIgnore: true */ process.env.CONTENT_CACHE_DIR || path.join(distDir(), 'cache', 'content-index'), `${folder}.${extension}`);
}

/**
 * Replaces `file` with `data` so that a reader sees the old file or the new one, never half of either. The
 * temporary file has a name of its own, created exclusively (a link planted there makes the open fail rather
 * than be followed), and a link at `file` itself is refused, not replaced: someone put it there on purpose.
 */
export async function writeFileAtomically(file: string, data: string | Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const existing = await fs.lstat(file).catch(() => undefined);
  if (existing && !existing.isFile()) throw new Error(`${file} is not a plain file; left as it is`);
  const temporary = `${file}.${process.pid}.${randomUUID()}.tmp`;
  const handle = await fs.open(temporary, 'wx', 0o644);
  try {
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(temporary, file);
  } catch (err) {
    await fs.rm(temporary, { force: true });
    throw err;
  }
}
