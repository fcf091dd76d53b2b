import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import type { Article } from '../content/catalog';
import { tokenize } from '../content/terms';
import type { SearchRequest } from './query';

/** What the index holds for one article: searchable text, and the few stored fields a result shows (no body). */
export interface SearchDoc {
  id: string;
  title: string;
  tags: string;
  summary: string;
  authors: string;
  body: string;
  url: string;
  section: string;
  sectionName: string;
  /** Publication time in ms since the epoch. */
  date: number;
}

/** One search result, from the index's stored fields. */
export interface SearchHit {
  slug: string;
  title: string;
  summary?: string;
  url: string;
  sectionSlug: string;
  sectionName: string;
  date: Date;
  /** The indexed (folded) words that matched: what to highlight. */
  terms: string[];
  score: number;
  /** True when some matched word is in the body but not the title or summary, so a body excerpt explains the match. */
  bodyMatch: boolean;
}

/** The index over published articles. */
export type SearchIndex = MiniSearch<SearchDoc>;

/** Field boosts: a headline match counts most, then tags, then standfirst and bylines, then the body. */
export const FIELD_BOOST = { title: 5, tags: 3, summary: 2, authors: 2, body: 1 };

/** The recency boost: at most ×(1 + MAX) for a story published now, halving its extra every HALF_LIFE_DAYS. */
export const RECENCY = { MAX: 0.15, HALF_LIFE_DAYS: 90 };

/** Words longer than this are not indexed or searched (hashes, URLs run together): they never help a reader. */
const MAX_TERM_LENGTH = 40;
const DAY = 86_400_000;

/**
 * Prefix and typo matching widen only a query's first few words; later ones must match as written. Each
 * widened word can stand for hundreds of indexed words, so twelve of them made one request score the
 * whole archive several times over.
 */
export const MAX_WIDENED_TERMS = 4;

/**
 * When no article has every word, the fallback (any word, and the suggestions) looks for this many of them:
 * the longest, which are the rarest and most telling. Twelve common words match nearly every article.
 */
export const MAX_FALLBACK_TERMS = 4;

/** The words the any-word fallback looks for: the MAX_FALLBACK_TERMS longest, in the order they were typed. */
export function fallbackTerms(terms: readonly string[]): string[] {
  if (terms.length <= MAX_FALLBACK_TERMS) return [...terms];
  const kept = new Set([...terms.keys()].sort((a, b) => terms[b].length - terms[a].length || a - b).slice(0, MAX_FALLBACK_TERMS));
  return terms.filter((_, i) => kept.has(i));
}

/** Prefix search for words of 3+ characters ("prisone" finds "prisoner"), among the first MAX_WIDENED_TERMS. */
export const usePrefix = (term: string, position = 0) => position < MAX_WIDENED_TERMS && term.length >= 3;

/** Typo tolerance for words of 5+ characters (one edit, two from eight characters on), among the first MAX_WIDENED_TERMS. */
export const useFuzzy = (term: string, position = 0) => (position < MAX_WIDENED_TERMS && term.length >= 5 ? 0.2 : false);

const splitWords = (text: string) => text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];

/** Folds each word as `tokenize` does for related scoring: "Café" and "cafe" are one term. */
function processTerm(word: string): string[] | null {
  const folded = tokenize(word).filter((t) => t.length <= MAX_TERM_LENGTH);
  return folded.length ? folded : null;
}

/** An empty index with the site's fields, folding and stored fields. */
export function createSearchIndex(): SearchIndex {
  return new MiniSearch<SearchDoc>({
    fields: ['title', 'tags', 'summary', 'authors', 'body'],
    storeFields: ['title', 'summary', 'url', 'section', 'sectionName', 'date'],
    tokenize: splitWords,
    processTerm,
  });
}

/**
 * How much of a body is indexed: the opening, where a news story says what it is about. Indexing every
 * word of a large archive costs gigabytes of memory for matches that the headline, standfirst, tags and
 * opening already find.
 */
export const INDEXED_BODY_WORDS = 200;

/** The document indexed for an article, with the opening of its body as plain text. */
export function toSearchDoc(article: Article, bodyText: string): SearchDoc {
  return {
    id: article.slug,
    title: article.title,
    tags: article.tagRefs.map((t) => t.name).join(' · '),
    summary: article.summary ?? '',
    authors: article.bylines.map((b) => b.name).join(' · '),
    body: bodyText.split(' ', INDEXED_BODY_WORDS).join(' '),
    url: article.url,
    section: article.sectionSlug,
    sectionName: article.sectionName,
    date: article.date.getTime(),
  };
}

/**
 * What decides an article's indexed document: its file's digest (title, body, tags as written) and
 * what the catalog derives from other files (URL, section name, tag spellings, byline names).
 */
export function searchFingerprint(article: Article): string {
  const tags = article.tagRefs.map((t) => t.name).join(',');
  const authors = article.bylines.map((b) => b.name).join(',');
  return `${article.digest}|${article.url}|${article.sectionName}|${tags}|${authors}`;
}

/** A gentle boost for newer stories: enough to break ties, never to lift a weak match over a strong one. */
export function recencyBoost(dateMs: number, nowMs: number): number {
  const days = Math.max(0, nowMs - dateMs) / DAY;
  return 1 + RECENCY.MAX * 0.5 ** (days / RECENCY.HALF_LIFE_DAYS);
}

function toHit(result: SearchResult, boost: number): SearchHit {
  const bodyMatch = Object.values(result.match).some((fields) => fields.includes('body') && !fields.includes('title') && !fields.includes('summary'));
  return {
    slug: result.id, title: result.title, summary: result.summary || undefined, url: result.url,
    sectionSlug: result.section, sectionName: result.sectionName, date: new Date(result.date),
    terms: result.terms, score: result.score * boost, bodyMatch,
  };
}

/**
 * Runs a search: every word must match (prefix and typo-tolerant), falling back to any word when no
 * article has them all. An empty query with filters lists the articles the filters allow.
 * `isLive` is a last guard that only currently published articles come back.
 */
export function runSearch(
  index: SearchIndex,
  request: Pick<SearchRequest, 'terms' | 'section' | 'fromMs' | 'toMs' | 'sort'>,
  now: Date,
  isLive: (slug: string) => boolean = () => true,
): { hits: SearchHit[]; matchedAll: boolean } {
  const { terms, section, fromMs, toMs } = request;
  const nowMs = now.getTime();
  const options: SearchOptions = {
    boost: FIELD_BOOST,
    prefix: usePrefix,
    fuzzy: useFuzzy,
    maxFuzzy: 2,
    filter: (r) =>
      isLive(r.id) && (!section || r.section === section) && (fromMs === undefined || r.date >= fromMs) && (toMs === undefined || r.date < toMs),
  };
  let matchedAll = true;
  let results: SearchResult[];
  if (!terms.length) {
    results = index.search(MiniSearch.wildcard, options);
  } else {
    results = index.search(terms.join(' '), { ...options, combineWith: 'AND' });
    if (!results.length && terms.length > 1) {
      results = index.search(fallbackTerms(terms).join(' '), { ...options, combineWith: 'OR' });
      matchedAll = false;
    }
  }
  // The recency boost is one factor per article, so it is applied once to each result here: as MiniSearch's
  // boostDocument it ran for every posting of every word, which doubled the cost of a long query.
  const hits = results.map((result) => toHit(result, recencyBoost(result.date, nowMs)));
  if (request.sort === 'newest' || !terms.length) hits.sort((a, b) => b.date.getTime() - a.date.getTime() || b.score - a.score);
  else hits.sort((a, b) => b.score - a.score);
  return { hits, matchedAll };
}

/** Nearby indexed words for a query that found nothing ("prisnor" → "prisoner"), best first. */
export function suggestQueries(index: SearchIndex, terms: string[], limit = 3): string[] {
  if (!terms.length) return [];
  const suggestions = index.autoSuggest(fallbackTerms(terms).join(' '), {
    prefix: usePrefix,
    fuzzy: (term) => (term.length >= 4 ? 0.4 : false),
    maxFuzzy: 3,
    combineWith: 'OR',
  });
  const asked = terms.join(' ');
  return suggestions.map((s) => s.suggestion).filter((s) => s !== asked).slice(0, limit);
}
