import {
  chosenTagName, compareArticles, resolveByline, toArticle,
  type Article, type Author, type Catalog, type Tag,
} from './catalog';
import type { ArticleRecord } from './parse-article';
import type { Problem } from './problems';
import { slugify } from './slug';

/** A content file whose record changed: what the catalog held for it, and what it holds now (either may be absent). */
export interface RecordChange {
  before?: ArticleRecord;
  after?: ArticleRecord;
}

/** Beyond this many changed files a full rebuild is as quick and simpler. */
export const PATCH_LIMIT = 200;

/** First index in the sorted `list` at which `article` belongs. */
export function sortedIndex(list: readonly Article[], article: { date: Date; slug: string }): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareArticles(list[mid], article) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Removes `article` from the sorted list in place (it is found by binary search). */
export function removeSorted(list: Article[], article: Article): void {
  for (let i = sortedIndex(list, article); i < list.length && compareArticles(list[i], article) === 0; i++) {
    if (list[i] === article) {
      list.splice(i, 1);
      return;
    }
  }
}

const urlOf = (r: ArticleRecord) => `/${r.sectionSlug}/${r.slug}`;

/**
 * Whether a change is one the patch reproduces exactly. Anything that could alter another article (a duplicate
 * slug, an alias, a section that only articles name) leaves the change to a full rebuild.
 */
function patchable(catalog: Catalog, changes: RecordChange[]): boolean {
  const { basis } = catalog;
  const configSections = new Set(basis.configSections.map((s) => s.slug));
  const sections = new Set(catalog.sections.map((s) => s.slug));
  const freed = new Set<string>();
  for (const { before, after } of changes) {
    if (!before) continue;
    const old = catalog.bySlug.get(before.slug);
    if (old?.file !== before.file) return false;
    if (before.aliases.length || !configSections.has(before.sectionSlug)) return false;
    // A guest author is named as the first article that bylines them spells it: if that may be this one and
    // others remain, only a full rebuild knows the next spelling.
    const sameRefs = after !== undefined && after.authorRefs.join('\n') === before.authorRefs.join('\n');
    for (const b of old.bylines) {
      const guest = !catalog.authors.get(b.id)?.profileFile;
      const own = old.bylines.filter((x) => x.id === b.id).length;
      if (guest && !sameRefs && (basis.bylineCounts.get(b.id) ?? 0) > own) return false;
    }
    freed.add(before.slug);
  }
  const claimed = new Set<string>();
  for (const { after } of changes) {
    if (!after) continue;
    if (basis.duplicateSlugs.has(after.slug) || claimed.has(after.slug)) return false;
    if (catalog.bySlug.has(after.slug) && !freed.has(after.slug)) return false;
    if (after.aliases.length || !sections.has(after.sectionSlug)) return false;
    // Another spelling of a guest's name may come first in file order, and rename them on every article.
    for (const ref of after.authorRefs) {
      const guest = catalog.authors.get(slugify(ref));
      if (guest && !guest.profileFile && guest.name !== ref && !catalog.authors.has(ref)) return false;
    }
    claimed.add(after.slug);
  }
  for (const record of changes.flatMap((c) => [c.before, c.after])) {
    const url = record && urlOf(record);
    if (url && (basis.claimedAliases.has(url) || basis.claimedAliases.has(url.toLowerCase()))) return false;
  }
  return true;
}

/** Adds `delta` to each of `record`'s tag spellings, copying a tag's counts before its first change. */
function countTags(spellings: Map<string, Map<string, number>>, copied: Set<string>, record: ArticleRecord, delta: number) {
  for (const name of record.tags) {
    const slug = slugify(name);
    if (!slug) continue;
    const counts = copied.has(slug) ? spellings.get(slug)! : new Map(spellings.get(slug));
    copied.add(slug);
    const count = (counts.get(name) ?? 0) + delta;
    if (count > 0) counts.set(name, count);
    else counts.delete(name);
    spellings.set(slug, counts);
  }
}

/**
 * The catalog after a few files changed, equal to what `buildCatalog` would make from every file, without
 * touching the other articles; undefined when the change is one only a full rebuild gets right.
 * `inputProblems` are the problems of all files and settings now. The catalog given is left as it was.
 */
export function patchCatalog(catalog: Catalog, changes: RecordChange[], inputProblems: Problem[]): Catalog | undefined {
  changes = changes.filter((c) => c.before !== c.after);
  if (changes.length > PATCH_LIMIT || !patchable(catalog, changes)) return undefined;
  const { basis } = catalog;

  const tagSpellings = new Map(basis.tagSpellings);
  const copiedTags = new Set<string>();
  for (const { before } of changes) if (before) countTags(tagSpellings, copiedTags, before, -1);
  for (const { after } of changes) if (after) countTags(tagSpellings, copiedTags, after, +1);
  const tags = new Map(catalog.tags);
  for (const slug of copiedTags) {
    const spellings = tagSpellings.get(slug)!;
    if (spellings.size === 0) {
      tagSpellings.delete(slug);
      tags.delete(slug);
      continue;
    }
    const name = chosenTagName(spellings);
    const old = tags.get(slug);
    // A new majority spelling renames the tag on every article that carries it: that is a full rebuild.
    if (old && old.name !== name) return undefined;
    if (!old) tags.set(slug, { slug, name } satisfies Tag);
  }

  const articles = catalog.articles.slice();
  const bySlug = new Map(catalog.bySlug);
  const authors = new Map<string, Author>(catalog.authors);
  const bylineCounts = new Map(basis.bylineCounts);
  for (const { before } of changes) {
    if (!before) continue;
    const old = catalog.bySlug.get(before.slug)!;
    removeSorted(articles, old);
    bySlug.delete(old.slug);
    for (const b of old.bylines) {
      const left = (bylineCounts.get(b.id) ?? 0) - 1;
      if (left > 0) bylineCounts.set(b.id, left);
      else {
        bylineCounts.delete(b.id);
        if (!authors.get(b.id)?.profileFile) authors.delete(b.id);
      }
    }
  }
  for (const { after } of changes) {
    if (!after) continue;
    const bylines = after.authorRefs.map((ref) => resolveByline(ref, authors, basis.authorByName)).filter((b) => b.id);
    for (const b of bylines) bylineCounts.set(b.id, (bylineCounts.get(b.id) ?? 0) + 1);
    const article = toArticle(after, bylines, [...new Set(after.tags.map(slugify))].flatMap((slug) => tags.get(slug) ?? []));
    articles.splice(sortedIndex(articles, article), 0, article);
    bySlug.set(article.slug, article);
  }
  return {
    articles, bySlug, byAlias: catalog.byAlias, sections: catalog.sections, authors, tags,
    problems: [...inputProblems, ...basis.derivedProblems],
    basis: { ...basis, inputProblems, tagSpellings, bylineCounts },
  };
}
