import type { Article, Catalog } from './catalog';
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
}

function push<K>(map: Map<K, Article[]>, key: K, article: Article) {
  const list = map.get(key);
  if (list) list.push(article);
  else map.set(key, [article]);
}

/** Groups the articles public at `now` (kept newest first) by section, tag, author and word. */
export function buildPublishedView(catalog: Catalog, now: Date): PublishedView {
  const view: PublishedView = { articles: [], bySlug: new Map(), bySection: new Map(), byTag: new Map(), byAuthor: new Map(), byTerm: new Map() };
  for (const article of catalog.articles) {
    if (!isPublished(article, now)) continue;
    view.articles.push(article);
    view.bySlug.set(article.slug, article);
    push(view.bySection, article.sectionSlug, article);
    for (const tag of article.tagRefs) push(view.byTag, tag.slug, article);
    for (const byline of article.bylines) push(view.byAuthor, byline.id, article);
    for (const term of article.terms) push(view.byTerm, term, article);
  }
  return view;
}
