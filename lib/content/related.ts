import type { Article } from './catalog';
import type { PublishedView } from './published-view';

/**
 * Weights of the related-article score. For a candidate c of article a:
 *   score = (TAG · Σ idf(shared tags) + TERM · Σ idf(shared words) + SECTION · [same section])
 *           · max(FLOOR, 0.5 ^ (|days between| / HALF_LIFE_DAYS))
 * where idf(x) = ln(N / df(x)): a tag or word on most articles counts for almost nothing.
 */
export const RELATED_WEIGHTS = { TAG: 3, TERM: 0.5, SECTION: 1, HALF_LIFE_DAYS: 120, FLOOR: 0.2 };

/** How many related articles the sidebar shows. */
export const RELATED_COUNT = 5;

const DAY = 86_400_000;

/**
 * Related articles for the sidebar: the editor's pinned slugs first, then the best-scored
 * published articles, then the section's (and the site's) latest so the list is never empty
 * while other articles exist. Never the article itself, never an unpublished one.
 */
export function relatedArticles(article: Article, view: PublishedView, limit = RELATED_COUNT): Article[] {
  const chosen: Article[] = [];
  const taken = new Set<string>([article.slug]);
  const take = (candidate: Article | undefined) => {
    if (!candidate || taken.has(candidate.slug) || chosen.length >= limit) return;
    taken.add(candidate.slug);
    chosen.push(candidate);
  };
  for (const slug of article.related) take(view.bySlug.get(slug));

  const total = view.articles.length;
  const scores = new Map<Article, number>();
  const addShared = (postings: Article[] | undefined, weight: number) => {
    if (!postings || postings.length >= total) return;
    const idf = Math.log(total / postings.length) * weight;
    for (const other of postings) {
      if (other.slug !== article.slug) scores.set(other, (scores.get(other) ?? 0) + idf);
    }
  };
  for (const tag of article.tagRefs) addShared(view.byTag.get(tag.slug), RELATED_WEIGHTS.TAG);
  for (const term of article.terms) addShared(view.byTerm.get(term), RELATED_WEIGHTS.TERM);

  const ranked = [...scores.entries()]
    .map(([other, base]) => {
      const days = Math.abs(other.date.getTime() - article.date.getTime()) / DAY;
      const decay = Math.max(RELATED_WEIGHTS.FLOOR, 0.5 ** (days / RELATED_WEIGHTS.HALF_LIFE_DAYS));
      const section = other.sectionSlug === article.sectionSlug ? RELATED_WEIGHTS.SECTION : 0;
      return { other, score: (base + section) * decay };
    })
    .sort((a, b) => b.score - a.score || b.other.date.getTime() - a.other.date.getTime());
  for (const { other } of ranked) take(other);
  for (const other of view.bySection.get(article.sectionSlug) ?? []) take(other);
  for (const other of view.articles) take(other);
  return chosen;
}
