import fs from 'node:fs/promises';
import { cacheFile, writeFileAtomically } from './cache-files';
import { readContentJson } from './load';
import { JOURNAL_FILE, type RedirectJournal } from './redirect-journal';
import { isReservedPath } from './reserved';

export { detectMoves, JOURNAL_FILE, recordMoves, type RedirectJournal } from './redirect-journal';

const journalFile = () => cacheFile('redirects.json');

/** The entries of a parsed journal that map a path to a slug, none on the site's own addresses; the rest is ignored. */
function entriesOf(value: unknown): RedirectJournal {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([from, to]) => from.startsWith('/') && !isReservedPath(from) && typeof to === 'string'));
}

async function readCachedJournal(): Promise<unknown> {
  try {
    const file = journalFile();
    if (!(await fs.lstat(file)).isFile()) return undefined;
    return JSON.parse(await fs.readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The journal at start-up: the one committed with the content (`content/.redirects.json`, read only),
 * then the renames this site recorded itself, kept in the cache folder, which win where both name a path.
 */
export async function loadJournal(): Promise<RedirectJournal> {
  return { ...entriesOf(await readContentJson(JOURNAL_FILE)), ...entriesOf(await readCachedJournal()) };
}

/** Saves the journal to the cache folder (never the content folder); false when it could not. */
export async function saveJournal(journal: RedirectJournal): Promise<boolean> {
  try {
    await writeFileAtomically(journalFile(), `${JSON.stringify(journal, null, 2)}\n`);
    return true;
  } catch {
    return false;
  }
}

/** Where the journal is saved, for log messages. */
export const savedJournalPath = journalFile;
