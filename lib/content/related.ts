import { compareArticles, type Article } from './catalog';
import { sortedIndex } from './catalog-patch';
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
 * How many candidates the rare tags and words may leave for the common ones to score. On a large archive rare words
 * still find thousands, and scoring each of them against every common word took most of a page's time.
 */
export const CANDIDATE_LIMIT = 200;
/** How many stories each side of the article's date a common word proposes, when rare ones found too few. */
const PROPOSE_WINDOW = 150;

/** Keeps the `limit` candidates with the best score so far (`score` of their partial sums) in `scores`. */
function keepBest(scores: Map<Article, number>, limit: number, score: (other: Article, base: number) => number) {
  const best = [...scores.entries()].map(([other, base]) => ({ other, s: score(other, base) })).sort((a, b) => b.s - a.s);
  for (const { other } of best.slice(limit)) scores.delete(other);
}

/**
 * Calls `hit` for each of `candidates` (in the catalog's one order) that is on `list` (in the same order), galloping
 * from one candidate's place to the next: about k·log(n/k) comparisons for k candidates, not k·log n.
 */
function forEachShared(list: readonly Article[], candidates: readonly Article[], hit: (article: Article) => void): void {
  let lo = 0;
  for (const candidate of candidates) {
    let bound = lo;
    for (let step = 1; bound < list.length && compareArticles(list[bound], candidate) < 0; step *= 2) {
      lo = bound + 1;
      bound = lo + step;
    }
    let hi = Math.min(bound, list.length);
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareArticles(list[mid], candidate) < 0) lo = mid + 1;
      else hi = mid;
    }
    if (lo < list.length && list[lo] === candidate) hit(candidate);
  }
}

const MEMO_LIMIT = 2_000;
// On globalThis: the page and the page cache's stamp of it are in different bundles, each with its own copy of this module.
type Memo = WeakMap<PublishedView, Map<Article, { limit: number; list: Article[] }>>;
const memo: Memo = ((globalThis as Record<symbol, Memo>)[
  Symbol.for('newsroom.content.related-memo')
] ??= new WeakMap());

/**
 * `relatedArticles`, remembered per published view: a page and the page cache's stamp of it ask for the same list
 * (with the site's `relatedCount`), and a view lasts until the content changes. At most MEMO_LIMIT lists are kept per view.
 */
export function relatedFor(article: Article, view: PublishedView, limit = RELATED_COUNT): Article[] {
  let lists = memo.get(view);
  if (!lists) memo.set(view, (lists = new Map()));
  const known = lists.get(article);
  if (known?.limit === limit) return known.list;
  if (lists.size >= MEMO_LIMIT) lists.clear();
  const related = relatedArticles(article, view, limit);
  lists.set(article, { limit, list: related });
  return related;
}

/**
 * Related articles for the sidebar: the editor's pinned slugs first, then the best-scored
 * published articles, then the section's (and the site's) latest so the list is never empty
 * while other articles exist. Never the article itself, never an unpublished one.
 */
export function relatedArticles(
  article: Article, view: PublishedView, limit = RELATED_COUNT,
  /** False walks every common list in full (tests compare the two ways). */
  lookUpCommon = true,
): Article[] {
  const chosen: Article[] = [];
  const taken = new Set<string>([article.slug]);
  // The same story in another language is offered as a translation link, not as something else to read.
  const original = article.translationOf ?? article.slug;
  taken.add(original);
  for (const translation of view.byOriginal.get(original) ?? []) taken.add(translation.slug);
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

  const score = (other: Article, base: number) => {
    const days = Math.abs(other.date.getTime() - article.date.getTime()) / DAY;
    const decay = RELATED_WEIGHTS.FLOOR + (1 - RELATED_WEIGHTS.FLOOR) * 0.5 ** (days / RELATED_WEIGHTS.HALF_LIFE_DAYS);
    const section = other.sectionSlug === article.sectionSlug ? RELATED_WEIGHTS.SECTION : 0;
    return (base + section) * decay;
  };
  const rareDf = Math.max(CANDIDATE_DF.MIN, total * CANDIDATE_DF.SHARE);
  const scores = new Map<Article, number>();
  /** The candidates in the catalog's order, once the common words only score them. */
  let ordered: Article[] | undefined;
  const add = (feature: { postings: Article[]; idf: number }, propose: boolean) => {
    // A common word's list can hold most of the archive: look the few candidates up in it (it is sorted) rather
    // than walk it. At 100,000 articles walking them took about 50 ms a page; the scores are the same either way.
    if (lookUpCommon && !propose && scores.size * 8 < feature.postings.length) {
      ordered ??= [...scores.keys()].sort(compareArticles);
      forEachShared(feature.postings, ordered, (other) => scores.set(other, scores.get(other)! + feature.idf));
      return;
    }
    for (const other of feature.postings) {
      const before = scores.get(other);
      if (before !== undefined) scores.set(other, before + feature.idf);
      else if (propose && other.slug !== article.slug) scores.set(other, feature.idf);
    }
  };
  for (const f of features) if (f.postings.length <= rareDf) add(f, true);
  const common = features.filter((f) => f.postings.length > rareDf);
  // Too few found: the common words propose too, but only the stories nearest in time on each (their lists are
  // newest first). Walking whole lists here took 250 ms a page at 100,000 articles, for lists decay mostly sinks.
  if (scores.size < limit * 2) {
    for (const f of common) {
      const at = sortedIndex(f.postings, article);
      for (const other of f.postings.slice(Math.max(0, at - PROPOSE_WINDOW), at + PROPOSE_WINDOW)) {
        if (other !== article && !scores.has(other)) scores.set(other, 0);
      }
    }
  }
  if (scores.size > CANDIDATE_LIMIT) keepBest(scores, CANDIDATE_LIMIT, score);
  for (const f of common) add(f, false);

  const ranked = [...scores.entries()]
    .map(([other, base]) => ({ other, score: score(other, base) }))
    .sort((a, b) => b.score - a.score || b.other.date.getTime() - a.other.date.getTime());
  for (const list of [ranked.map((r) => r.other), view.bySection.get(article.sectionSlug) ?? [], view.articles]) {
    for (const other of list) {
      if (chosen.length >= limit) return chosen;
      take(other);
    }
  }
  return chosen;
}
