import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { contentDir, MAX_ARTICLE_BYTES, resolveInside } from './load';
import { digestOf } from './parse-article';

/** An article file as the desk opened it: its text and the digest a save must still find on disk. */
export interface DeskFile {
  file: string;
  text: string;
  digest: string;
}

/** The outcome of a save: written (with the new digest), or refused because the file changed since it was opened. */
export type DeskSaveResult = { ok: true; digest: string } | { ok: false; conflict: DeskFile | { file: string; text: ''; digest: '' } };

/** Only Markdown files under articles/ inside the content folder: whatever path a form posts, nothing else is touched. */
function articlePath(file: string): string | undefined {
  if (!/^articles\/[^\0]+\.md$/.test(file) || file.split('/').some((part) => part === '..' || part.startsWith('.'))) return undefined;
  return resolveInside(file);
}

/** The current text of an article file, or undefined when it is missing, too large, or not an article path. */
export function readDeskFile(file: string): DeskFile | undefined {
  const full = articlePath(file);
  if (!full) return undefined;
  try {
    if (fs.statSync(/* turbopackIgnore: true */ full).size > MAX_ARTICLE_BYTES) return undefined;
    const text = fs.readFileSync(/* turbopackIgnore: true */ full, 'utf8');
    return { file, text, digest: digestOf(text) };
  } catch {
    return undefined;
  }
}

/**
 * Writes an article file atomically (a hidden temporary file in the same folder, renamed over it), unless it changed
 * since the desk opened it: `expected` is the digest it had then, or undefined for a file that must not exist yet.
 * The check and the rename are not one atomic step; two saves within the same millisecond could both pass it, which
 * one process on one machine cannot do (saves are synchronous from the check to the rename).
 */
export function saveDeskFile(file: string, text: string, expected: string | undefined): DeskSaveResult {
  const full = articlePath(file);
  if (!full) throw new Error(`${file} is not an article path`);
  const current = readDeskFile(file);
  if (expected === undefined ? fs.existsSync(/* turbopackIgnore: true */ full) : current?.digest !== expected) {
    return { ok: false, conflict: current ?? { file, text: '', digest: '' } };
  }
  fs.mkdirSync(/* turbopackIgnore: true */ path.dirname(full), { recursive: true });
  const temporary = path.join(path.dirname(full), `.${path.basename(full)}.${process.pid}.tmp`);
  fs.writeFileSync(/* turbopackIgnore: true */ temporary, text, 'utf8');
  fs.renameSync(/* turbopackIgnore: true */ temporary, full);
  return { ok: true, digest: digestOf(text) };
}

/** Deletes an article file if it is still as the desk opened it. */
export function deleteDeskFile(file: string, expected: string): DeskSaveResult {
  const current = readDeskFile(file);
  if (!current || current.digest !== expected) return { ok: false, conflict: current ?? { file, text: '', digest: '' } };
  fs.rmSync(/* turbopackIgnore: true */ articlePath(file)!);
  return { ok: true, digest: '' };
}

/**
 * When the content folder is a git repository, commits a desk change to `file` as the desk user (the committer is the
 * desk itself). Returns false when it is not a repository or git fails: the file is saved either way.
 */
export function commitDeskChange(file: string, user: string, message: string): boolean {
  const root = contentDir();
  if (!fs.existsSync(/* turbopackIgnore: true */ path.join(root, '.git'))) return false;
  const identity = { GIT_AUTHOR_NAME: user, GIT_AUTHOR_EMAIL: `${user}@desk.invalid`, GIT_COMMITTER_NAME: 'Desk', GIT_COMMITTER_EMAIL: 'desk@desk.invalid' };
  try {
    const env = { ...process.env, ...identity };
    execFileSync('git', ['-C', root, 'add', '-A', '--', file], { env, stdio: 'ignore' });
    execFileSync('git', ['-C', root, 'commit', '-q', '-m', message, '--', file], { env, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
