import type { ArticleRecord } from './parse-article';

/** Old article paths mapped to the slug that now answers them, kept when an editor renames a story. */
export type RedirectJournal = Record<string, string>;

/** The journal file, inside the content folder so it travels with the articles (dot-files are not content). */
export const JOURNAL_FILE = '.redirects.json';

const urlOf = (r: ArticleRecord) => `/${r.sectionSlug}/${r.slug}`;

/**
 * Finds articles whose URL changed between two versions of the changed files: the same file with a
 * new slug or section, or a file renamed unchanged (matched by digest). Returns old path → new slug.
 */
export function detectMoves(before: Map<string, ArticleRecord>, after: Map<string, ArticleRecord>): [string, string][] {
  const moves: [string, string][] = [];
  const added = new Map<string, ArticleRecord>();
  for (const [file, record] of after) if (!before.has(file)) added.set(record.digest, record);
  for (const [file, old] of before) {
    const now = after.get(file) ?? added.get(old.digest);
    if (now && urlOf(now) !== urlOf(old)) moves.push([urlOf(old), now.slug]);
  }
  return moves;
}

/** Adds moves to a journal; earlier entries that pointed at a renamed slug follow it, so chains stay one hop. */
export function recordMoves(journal: RedirectJournal, moves: [string, string][]): RedirectJournal {
  const next = { ...journal };
  for (const [from, toSlug] of moves) {
    const oldSlug = from.split('/').pop();
    for (const [path, slug] of Object.entries(next)) if (slug === oldSlug) next[path] = toSlug;
    next[from] = toSlug;
  }
  return next;
}
