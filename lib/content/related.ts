import type { Article } from './catalog';
import type { PublishedView } from './published-view';

/**
 * Weights of the related-article score. For a candidate c of article a:
 *   score = (TAG · Σ idf(shared tags) + TERM · Σ idf(shared words) + SECTION · [same section])
 *           · (FLOOR + (1 − FLOOR) · 0.5 ^ (|days between| / HALF_LIFE_DAYS))
 * where idf(x) = ln(N / df(x)): a tag or word on most articles counts for almost nothing. Time
 * only tempers the score (at worst halving it), so a story years apart on the same topic still
 * beats this week's story that merely shares a common tag. Tuned with `npm run eval:related`.
 */
export const RELATED_WEIGHTS = { TAG: 3, TERM: 0.5, SECTION: 1, HALF_LIFE_DAYS: 180, FLOOR: 0.5 };

/**
 * A tag or word on at most this many articles (or this share of them, whichever is more) is rare
 * enough to propose candidates; commoner ones only add to the scores of candidates already found,
 * unless too few were. This keeps the cost per article small on a large archive.
 */
export const CANDIDATE_DF = { MIN: 50, SHARE: 0.01 };

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
    if (!candidate || chosen.length >= limit || taken.has(candidate.slug)) return;
    taken.add(candidate.slug);
    chosen.push(candidate);
  };
  for (const slug of article.related) take(view.bySlug.get(slug));

  const total = view.articles.length;
  const features: { postings: Article[]; idf: number }[] = [];
  const addFeature = (postings: Article[] | undefined, weight: number) => {
    if (postings && postings.length < total) features.push({ postings, idf: Math.log(total / postings.length) * weight });
  };
  for (const tag of article.tagRefs) addFeature(view.byTag.get(tag.slug), RELATED_WEIGHTS.TAG);
  for (const term of article.terms) addFeature(view.byTerm.get(term), RELATED_WEIGHTS.TERM);

  const rareDf = Math.max(CANDIDATE_DF.MIN, total * CANDIDATE_DF.SHARE);
  const scores = new Map<Article, number>();
  const add = (feature: { postings: Article[]; idf: number }, propose: boolean) => {
    for (const other of feature.postings) {
      const before = scores.get(other);
      if (before !== undefined) scores.set(other, before + feature.idf);
      else if (propose && other.slug !== article.slug) scores.set(other, feature.idf);
    }
  };
  for (const f of features) if (f.postings.length <= rareDf) add(f, true);
  const proposeCommon = scores.size < limit * 2;
  for (const f of features) if (f.postings.length > rareDf) add(f, proposeCommon);

  const ranked = [...scores.entries()]
    .map(([other, base]) => {
      const days = Math.abs(other.date.getTime() - article.date.getTime()) / DAY;
      const decay = RELATED_WEIGHTS.FLOOR + (1 - RELATED_WEIGHTS.FLOOR) * 0.5 ** (days / RELATED_WEIGHTS.HALF_LIFE_DAYS);
      const section = other.sectionSlug === article.sectionSlug ? RELATED_WEIGHTS.SECTION : 0;
      return { other, score: (base + section) * decay };
    })
    .sort((a, b) => b.score - a.score || b.other.date.getTime() - a.other.date.getTime());
  for (const list of [ranked.map((r) => r.other), view.bySection.get(article.sectionSlug) ?? [], view.articles]) {
    for (const other of list) {
      if (chosen.length >= limit) return chosen;
      take(other);
    }
  }
  return chosen;
}
