import fs from 'node:fs';
import path from 'node:path';
import type { Author } from './catalog';
import { splitFrontMatter } from './front-matter';
import { contentDir, listMarkdownFiles, readContentText, resolveInside } from './load';
import { SETTLE_MS } from './reconcile';
import { currentState } from './store';

/** True when a public path like `/images/bridge.svg` names a file under the content folder's `images/`. */
export function imageExists(publicPath: string): boolean {
  let relative: string;
  try {
    relative = decodeURIComponent(publicPath.replace(/[?#].*$/, '')).replace(/^\/+/, '');
  } catch {
    return false;
  }
  const full = resolveInside(relative);
  if (!full || !full.startsWith(path.join(contentDir(), 'images') + path.sep) || !fs.existsSync(full)) return false;
  return fs.statSync(full).isFile();
}

/** True when the content folder exists and is a folder. */
export function contentDirExists(): boolean {
  return fs.existsSync(contentDir()) && fs.statSync(contentDir()).isDirectory();
}

/** The line of `image:` in each author profile that has one, keyed by profile file. */
export async function authorImageLines(authors: Iterable<Author>): Promise<Map<string, number>> {
  const lines = new Map<string, number>();
  for (const author of authors) {
    if (!author.profileFile || !author.image) continue;
    try {
      lines.set(author.profileFile, splitFrontMatter((await readContentText(author.profileFile)) ?? '').lineOf('image'));
    } catch {
      // Changed since the store read it: the warning falls back to line 1.
    }
  }
  return lines;
}

/** The store skips files modified this recently (they may be mid-save); a one-shot check must not. */
const SETTLE_WAIT_MS = SETTLE_MS + 100;

/** The store's state for a command-line tool, which prints problems itself instead of logging them. */
export async function loadContentQuietly(): ReturnType<typeof currentState> {
  const stamps = [...(await listMarkdownFiles('articles')), ...(await listMarkdownFiles('authors'))];
  const age = Date.now() - Math.max(0, ...stamps.map((s) => s.mtimeMs));
  if (age >= 0 && age < SETTLE_WAIT_MS) await new Promise((resolve) => setTimeout(resolve, SETTLE_WAIT_MS - age));
  const saved = { error: console.error, warn: console.warn, info: console.info };
  console.error = console.warn = console.info = () => {};
  try {
    return await currentState();
  } finally {
    Object.assign(console, saved);
  }
}

/** Each article file with the slug of its valid (or last valid) version; none for a file that never parsed. */
export function articleFileSlugs(state: Awaited<ReturnType<typeof currentState>>): { file: string; slug?: string }[] {
  return [...state.articleFiles].map(([file, entry]) => ({ file, slug: (entry.parsed.value ?? entry.lastGood)?.slug }));
}

/** Writes a new file in the content folder (creating folders), never overwriting: false when it exists. */
export function createContentFile(relative: string, text: string): boolean {
  const full = resolveInside(relative);
  if (!full) throw new Error(`${relative} is outside the content folder`);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  try {
    fs.writeFileSync(full, text, { encoding: 'utf8', flag: 'wx' });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}
