import type { Article } from '../content/catalog';
import { foldText } from '../content/terms';
import { suggestionAllowance, typoAllowance } from './fuzzy';
import { SEARCH_PAGE_SIZE } from './limits';
import type { SearchRequest } from './query';
import { RECENCY, SearchIndex, type MatchRow, type SearchDoc } from './sqlite-index';

export { RECENCY, SearchIndex, type SearchDoc };

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

/** At most this many misspelt neighbours stand in for one query word. */
const MAX_FUZZY_WORDS = 20;

/** The words the any-word fallback looks for: the MAX_FALLBACK_TERMS longest, in the order they were typed. */
export function fallbackTerms(terms: readonly string[]): string[] {
  if (terms.length <= MAX_FALLBACK_TERMS) return [...terms];
  const kept = new Set([...terms.keys()].sort((a, b) => terms[b].length - terms[a].length || a - b).slice(0, MAX_FALLBACK_TERMS));
  return terms.filter((_, i) => kept.has(i));
}

/** Prefix search for words of 3+ characters ("prisone" finds "prisoner"), among the first MAX_WIDENED_TERMS. */
export const usePrefix = (term: string, position = 0) => position < MAX_WIDENED_TERMS && term.length >= 3;

/** An empty index in memory (tests and benchmarks); the server's lives in the cache folder (`SearchIndex.open`). */
export function createSearchIndex(): SearchIndex {
  return SearchIndex.open(true);
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

/** The document indexed for an article, with its whole body as plain text. */
export function toSearchDoc(article: Article, bodyText: string): SearchDoc {
  return {
    id: article.slug,
    title: article.title,
    tags: article.tagRefs.map((t) => t.name).join(' · '),
    summary: article.summary ?? '',
    authors: article.bylines.map((b) => b.name).join(' · '),
    body: bodyText,
    url: article.url,
    section: article.sectionSlug,
    sectionName: article.sectionName,
    date: article.date.getTime(),
    fingerprint: searchFingerprint(article),
  };
}

/** A gentle boost for newer stories: enough to break ties, never to lift a weak match over a strong one. */
export function recencyBoost(dateMs: number, nowMs: number): number {
  const days = Math.max(0, nowMs - dateMs) / DAY;
  return 1 + RECENCY.MAX * 0.5 ** (days / RECENCY.HALF_LIFE_DAYS);
}

/** How one query word matches: as written, as a prefix, or as one of its misspelt neighbours. */
interface Expansion {
  term: string;
  prefix: boolean;
  near: Set<string>;
}

/**
 * A word already in this many articles is not widened by prefix: its own matches fill the pages, and the
 * merged lists of every longer word that starts with it ("support…") tripled the cost of a search at 100,000.
 */
export const PREFIX_ENOUGH = 1_000;

/**
 * A query word unknown to the archive forgives typos; a known one matches as typed, so "poison" never finds
 * "prison". Prefixes widen the first words, unless a word is common enough without (PREFIX_ENOUGH).
 */
function expand(index: SearchIndex, terms: string[]): Expansion[] {
  return terms.map((term, i) => {
    const widened = i < MAX_WIDENED_TERMS;
    const articles = widened ? index.articlesWith(term) : 0;
    const typos = widened ? typoAllowance(term) : 0;
    const near = typos && !articles ? index.wordsNear(term, typos, MAX_FUZZY_WORDS) : [];
    return { term, prefix: usePrefix(term, i) && articles < PREFIX_ENOUGH, near: new Set(near) };
  });
}

// Query words hold only letters and digits (see queryTerms), so quoting them makes every one a plain FTS5 string.
const ftsClause = ({ term, prefix, near }: Expansion) =>
  `(${[prefix ? `"${term}"*` : `"${term}"`, ...[...near].map((w) => `"${w}"`)].join(' OR ')})`;

const LETTER = '[\\p{L}\\p{M}\\p{N}]';

/** The words of `text` (folded) that the query matched, found by one pattern per query word, not by splitting the text. */
function matchedWords(text: string, expansions: Expansion[]): Set<string> {
  const folded = foldText(text);
  const found = new Set<string>();
  for (const { term, prefix, near } of expansions) {
    const alternatives = [`${term}${prefix ? `${LETTER}*` : ''}`, ...near].join('|');
    for (const m of folded.matchAll(new RegExp(`(?<!${LETTER})(?:${alternatives})(?!${LETTER})`, 'gu'))) found.add(m[0]);
  }
  return found;
}

function toHit(index: SearchIndex, row: MatchRow, expansions: Expansion[]): SearchHit {
  const doc = index.doc(row.id);
  const heading = matchedWords(`${doc?.title} ${doc?.summary}`, expansions);
  const body = matchedWords(doc?.body ?? '', expansions);
  const terms = [...new Set([...heading, ...matchedWords(`${doc?.tags} ${doc?.authors}`, expansions), ...body])];
  return {
    slug: row.id, title: row.title, summary: row.summary || undefined, url: row.url, sectionSlug: row.section,
    sectionName: row.sectionName, date: new Date(row.date), terms, score: row.score,
    bodyMatch: [...body].some((t) => !heading.has(t)),
  };
}

/** One page of a search, the number of results in all, and whether they have every word. */
export interface SearchOutcome {
  hits: SearchHit[];
  total: number;
  matchedAll: boolean;
}

/**
 * Runs a search and returns the requested page: every word must match (prefix and typo-tolerant), falling
 * back to any word when no article has them all. An empty query with filters lists the articles the filters
 * allow, newest first. `isLive` is a last guard that only currently published articles come back.
 */
export function runSearch(
  index: SearchIndex,
  request: Pick<SearchRequest, 'terms' | 'section' | 'fromMs' | 'toMs' | 'sort'> & { page?: number },
  now: Date,
  isLive: (slug: string) => boolean = () => true,
): SearchOutcome {
  const { terms, section, fromMs, toMs } = request;
  const base = {
    section, fromMs, toMs, nowMs: now.getTime(), newestFirst: request.sort === 'newest' || !terms.length,
    limit: SEARCH_PAGE_SIZE, offset: (Math.max(1, request.page ?? 1) - 1) * SEARCH_PAGE_SIZE,
  };
  let expansions = expand(index, terms);
  let matchedAll = true;
  let found = index.match({ ...base, match: terms.length ? expansions.map(ftsClause).join(' AND ') : undefined });
  if (!found.total && terms.length > 1) {
    expansions = expand(index, fallbackTerms(terms));
    found = index.match({ ...base, match: expansions.map(ftsClause).join(' OR ') });
    matchedAll = false;
  }
  const live = found.rows.filter((row) => isLive(row.id));
  const hits = live.map((row) => toHit(index, row, expansions));
  return { hits, total: found.total - (found.rows.length - live.length), matchedAll };
}

/**
 * "Did you mean" for a query that found nothing ("prisnoerz" → "prisoners"): the query with each word
 * the archive does not know replaced by a near indexed word, closest first, each one checked to find something.
 */
export function suggestQueries(index: SearchIndex, terms: string[], limit = 3): string[] {
  if (!terms.length) return [];
  const words = fallbackTerms(terms);
  const choices = words.map((word) => (index.articlesWith(word) ? [word] : index.wordsNear(word, suggestionAllowance(word), limit)));
  const asked = terms.join(' ');
  const candidates = new Set<string>();
  for (let k = 0; k < limit; k++) {
    candidates.add(choices.flatMap((c) => (c.length ? [c[Math.min(k, c.length - 1)]] : [])).join(' '));
  }
  const nowMs = Date.now();
  return [...candidates].filter((text) => {
    if (!text || text === asked) return false;
    const match = text.split(' ').map((w) => `"${w}"`).join(' AND ');
    return index.match({ match, newestFirst: false, nowMs, limit: 1, offset: 0 }).total > 0;
  });
}
