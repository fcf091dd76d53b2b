import { buildCatalog, type Author, type Catalog, type Section } from './catalog';
import { patchCatalog, type RecordChange } from './catalog-patch';
import type { ArticleRecord } from './parse-article';
import type { Problem } from './problems';
import { nextPublishChange } from './publish';
import { patchPublishedView, type PublishedView } from './published-view';
import type { FileEntry } from './reconcile';

type Files<T> = Map<string, FileEntry<T>>;

/** What the index held before a change: its files, catalog and (when built) published view. */
export interface IndexState {
  articleFiles: Files<ArticleRecord>;
  catalog: Catalog;
  view?: { view: PublishedView; until: number };
}

/** The stamps of those of `paths` that `files` holds. */
export function* stampsOf<T>(files: Files<T>, paths: string[]) {
  for (const file of paths) {
    const entry = files.get(file);
    if (entry) yield entry.stamp;
  }
}

/** The record a file contributes: its parsed value, else its last good one while it is broken. */
const recordOf = (entry?: FileEntry<ArticleRecord>) => (entry ? (entry.parsed.value ?? entry.lastGood) : undefined);

/** Builds the catalog from every file (a start, a settings change, or a change a patch cannot make). */
export function fullCatalog(articleFiles: Files<ArticleRecord>, authorFiles: Files<Author>, sections: Section[], problems: Problem[]): Catalog {
  const records: ArticleRecord[] = [];
  for (const entry of articleFiles.values()) {
    const record = recordOf(entry);
    if (record) records.push(record);
  }
  const authors: Author[] = [];
  for (const entry of authorFiles.values()) if (entry.parsed.value) authors.push(entry.parsed.value);
  return buildCatalog({ records, authors, sections, problems });
}

/**
 * Applies a few changed article files to the previous catalog and published view, as a full rebuild would
 * make them, without visiting the rest of the archive (at 100,000 articles a rebuild takes seconds). Undefined
 * when the change needs the full rebuild (see `patchCatalog`).
 */
export function patchIndex(previous: IndexState, articleFiles: Files<ArticleRecord>, changed: string[], problems: Problem[]) {
  const changes: RecordChange[] = changed.map((file) => ({ before: recordOf(previous.articleFiles.get(file)), after: recordOf(articleFiles.get(file)) }));
  const catalog = patchCatalog(previous.catalog, changes, problems);
  if (!catalog) return undefined;
  const now = new Date();
  if (!previous.view || now.getTime() >= previous.view.until) return { catalog, view: undefined };
  const moved = changes.filter((c) => c.before !== c.after);
  const removed = moved.flatMap((c) => (c.before ? [previous.catalog.bySlug.get(c.before.slug)!] : []));
  const added = moved.flatMap((c) => (c.after ? [catalog.bySlug.get(c.after.slug)!] : []));
  const view = patchPublishedView(previous.view.view, removed, added, now);
  return { catalog, view: { view, until: nextPublishChange(catalog.articles, now) } };
}

/** The slugs that the changed files named before or name now. */
export function changedSlugs(previous: Files<ArticleRecord>, current: Files<ArticleRecord>, changed: string[]): Set<string> {
  const slugs = new Set<string>();
  for (const file of changed) for (const record of [recordOf(previous.get(file)), recordOf(current.get(file))]) if (record) slugs.add(record.slug);
  return slugs;
}
