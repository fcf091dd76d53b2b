import type { Article, Catalog } from './catalog';
import { removeSorted, sortedIndex } from './catalog-patch';
import { isPublished } from './publish';

/** The public part of the catalog at one instant, with the lists pages and related scoring ask for. */
export interface PublishedView {
  articles: Article[];
  bySlug: Map<string, Article>;
  bySection: Map<string, Article[]>;
  byTag: Map<string, Article[]>;
  byAuthor: Map<string, Article[]>;
  /** Articles by distinctive word, for related scoring without a scan of the archive. */
  byTerm: Map<string, Article[]>;
  /** Articles by language tag (as the site spells it). */
  byLanguage: Map<string, Article[]>;
  /** Translations by the slug of the article they translate. */
  byOriginal: Map<string, Article[]>;
}

function push<K>(map: Map<K, Article[]>, key: K, article: Article) {
  const list = map.get(key);
  if (list) list.push(article);
  else map.set(key, [article]);
}

/** Groups the articles public at `now` (kept newest first) by section, tag, author and word. */
export function buildPublishedView(catalog: Catalog, now: Date): PublishedView {
  const view: PublishedView = {
    articles: [], bySlug: new Map(), bySection: new Map(), byTag: new Map(), byAuthor: new Map(), byTerm: new Map(),
    byLanguage: new Map(), byOriginal: new Map(),
  };
  for (const article of catalog.articles) {
    if (!isPublished(article, now)) continue;
    view.articles.push(article);
    view.bySlug.set(article.slug, article);
    push(view.bySection, article.sectionSlug, article);
    for (const tag of article.tagRefs) push(view.byTag, tag.slug, article);
    for (const byline of article.bylines) push(view.byAuthor, byline.id, article);
    for (const term of article.terms) push(view.byTerm, term, article);
    push(view.byLanguage, article.language, article);
    if (article.translationOf) push(view.byOriginal, article.translationOf, article);
  }
  return view;
}

type ListKey = 'bySection' | 'byTag' | 'byAuthor' | 'byTerm' | 'byLanguage' | 'byOriginal';
const keysOf: Record<ListKey, (a: Article) => string[]> = {
  bySection: (a) => [a.sectionSlug],
  byTag: (a) => a.tagRefs.map((t) => t.slug),
  byAuthor: (a) => a.bylines.map((b) => b.id),
  byTerm: (a) => a.terms,
  byLanguage: (a) => [a.language],
  byOriginal: (a) => (a.translationOf ? [a.translationOf] : []),
};

/**
 * The view after `removed` articles left the catalog and `added` ones joined it, equal to a fresh
 * `buildPublishedView` at `now` (which must fall before the view's next scheduled change). Only the lists the
 * changed articles are on are copied; `view` itself is left as it was, since caches are keyed by it.
 */
export function patchPublishedView(view: PublishedView, removed: Article[], added: Article[], now: Date): PublishedView {
  const next: PublishedView = {
    articles: view.articles.slice(), bySlug: new Map(view.bySlug), bySection: new Map(view.bySection),
    byTag: new Map(view.byTag), byAuthor: new Map(view.byAuthor), byTerm: new Map(view.byTerm),
    byLanguage: new Map(view.byLanguage), byOriginal: new Map(view.byOriginal),
  };
  const copied = new Set<Article[]>();
  const listFor = (key: ListKey, name: string): Article[] => {
    let list = next[key].get(name);
    if (!list || !copied.has(list)) {
      list = list ? list.slice() : [];
      copied.add(list);
      next[key].set(name, list);
    }
    return list;
  };
  for (const article of removed) {
    if (view.bySlug.get(article.slug) !== article) continue;
    removeSorted(next.articles, article);
    next.bySlug.delete(article.slug);
    for (const key of Object.keys(keysOf) as ListKey[]) {
      for (const name of keysOf[key](article)) {
        const list = listFor(key, name);
        removeSorted(list, article);
        if (list.length === 0) next[key].delete(name);
      }
    }
  }
  for (const article of added) {
    if (!isPublished(article, now)) continue;
    next.articles.splice(sortedIndex(next.articles, article), 0, article);
    next.bySlug.set(article.slug, article);
    for (const key of Object.keys(keysOf) as ListKey[]) {
      for (const name of keysOf[key](article)) {
        const list = listFor(key, name);
        list.splice(sortedIndex(list, article), 0, article);
      }
    }
  }
  return next;
}
