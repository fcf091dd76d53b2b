import { getArticles, getSections, getSiteConfig, type Article } from '../content';
import { runSearch, suggestQueries, type SearchHit, type SearchOutcome } from './engine';
import { highlight, snippet, type Segment } from './highlight';
import { hasFilters, parseSearchRequest, SEARCH_PAGE_SIZE, searchHref, type SearchRequest } from './query';
import { fillProgress, indexGeneration, isIndexed, startAfresh, syncIndex } from './index-sync';
import { ResultCache } from './result-cache';

export type { Segment, SearchRequest };
export { MAX_QUERY_LENGTH } from './limits';
export { searchIndexState, warmSearch } from './index-sync';

/** One result as the page shows it: headline, standfirst and body excerpt split into marked and plain runs. */
export interface SearchResultView {
  slug: string;
  url: string;
  sectionSlug: string;
  sectionName: string;
  date: Date;
  title: Segment[];
  summary?: Segment[];
  excerpt?: Segment[];
}

/** Everything the search page shows for one request. */
export interface SearchPageData {
  request: SearchRequest;
  /** Sections with published articles, for the filter. */
  sections: { slug: string; name: string }[];
  /** False for the empty state: no query and no filter. */
  searched: boolean;
  total: number;
  totalPages: number;
  /** The requested page is past the last one: nothing listed, and a link back. */
  outOfRange: boolean;
  /** False when no article had every word, so results match any of them. */
  matchedAll: boolean;
  results: SearchResultView[];
  suggestions: { text: string; href: string }[];
  /** The newest stories, for the empty and no-result states. */
  latest: Article[];
  pageHref: (page: number) => string;
  /** Set while the index is first being filled: results cover `done` of `total` stories so far. */
  indexing?: { done: number; total: number };
}

type Answer = Pick<SearchPageData, 'total' | 'totalPages' | 'outOfRange' | 'matchedAll' | 'results' | 'suggestions'>;
const answers = new ResultCache<Answer>();

function toView(hit: SearchHit, bodyText?: string): SearchResultView {
  const excerpt = bodyText ? snippet(bodyText, hit.terms) : undefined;
  return {
    slug: hit.slug, url: hit.url, sectionSlug: hit.sectionSlug, sectionName: hit.sectionName, date: hit.date,
    title: highlight(hit.title, hit.terms),
    summary: hit.summary ? highlight(hit.summary, hit.terms) : undefined,
    excerpt: excerpt ? highlight(excerpt, hit.terms) : undefined,
  };
}

/** Reads `/search` parameters and answers them: results, counts, pagination, suggestions and notices. */
export async function getSearchPage(params: Record<string, string | string[] | undefined>): Promise<SearchPageData> {
  const [site, allSections, latestPage] = await Promise.all([getSiteConfig(), getSections(), getArticles({ perPage: 5 })]);
  const sections = allSections.filter((s) => s.count > 0).map(({ slug, name }) => ({ slug, name }));
  const request = parseSearchRequest(params, { timeZone: site.timezone, sections: new Set(sections.map((s) => s.slug)) });
  const pageHref = (page: number) => searchHref(request, page);
  const base: Pick<SearchPageData, 'request' | 'sections' | 'latest' | 'pageHref' | 'indexing'> = { request, sections, latest: latestPage?.items ?? [], pageHref };
  if (!request.terms.length && !hasFilters(request)) {
    return { ...base, searched: false, total: 0, totalPages: 0, outOfRange: false, matchedAll: true, results: [], suggestions: [] };
  }
  let index = await syncIndex();
  const filling = fillProgress();
  if (filling) base.indexing = filling;
  const key = JSON.stringify([request.terms, request.section, request.fromMs, request.toMs, request.sort, request.page]);
  const cached = answers.get(key, indexGeneration());
  if (cached) return { ...base, searched: true, ...cached };
  let outcome: SearchOutcome;
  try {
    outcome = runSearch(index, request, new Date(), isIndexed);
  } catch (err) {
    // A database damaged under the running server (truncated, overwritten): index again and answer from that.
    startAfresh(err);
    index = await syncIndex();
    outcome = runSearch(index, request, new Date(), isIndexed);
  }
  const { hits, total, matchedAll } = outcome;
  const totalPages = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
  const outOfRange = request.page > totalPages;
  const results = (outOfRange ? [] : hits).map((hit) => toView(hit, hit.bodyMatch ? index.doc(hit.slug)?.body : undefined));
  const suggestions = total
    ? []
    : suggestQueries(index, request.terms).map((text) => ({ text, href: searchHref({ ...request, q: text, terms: text.split(' ') }) }));
  // A partial answer is not kept: the generation goes up when the fill ends, but a reader may ask again before.
  if (!filling) answers.set(key, indexGeneration(), { total, totalPages, outOfRange, matchedAll, results, suggestions });
  return { ...base, searched: true, total, totalPages, outOfRange, matchedAll, results, suggestions };
}
