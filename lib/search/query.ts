import { parseIsoDate } from '../content/dates';
import { tokenize } from '../content/terms';
import { MAX_QUERY_LENGTH } from './limits';

export { SEARCH_PAGE_SIZE } from './limits';

/** At most this many distinct words of a query are searched (each costs a prefix and a fuzzy lookup). */
export const MAX_QUERY_TERMS = 12;

/** Result order: best match first, or newest first. */
export type SearchSort = 'relevance' | 'newest';

/** A search as the page understood it: the query cut and cleaned, valid filters only, and notices about what was ignored. */
export interface SearchRequest {
  /** The query as shown back in the search box (cut at MAX_QUERY_LENGTH). */
  q: string;
  /** Folded words searched for. */
  terms: string[];
  section?: string;
  /** `YYYY-MM-DD` as given, when valid. */
  from?: string;
  to?: string;
  /** The first instant of `from` and the instant after `to`, in the site's time zone. */
  fromMs?: number;
  toMs?: number;
  sort: SearchSort;
  page: number;
  notices: string[];
}

type Params = Record<string, string | string[] | undefined>;

// Words too common to narrow a search: dropped when the query has other words.
const QUERY_STOPWORDS = new Set(
  'a an and are as at be by for from has have in into is it its of on or that the this to was were will with and or not'.split(' '),
);

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

/** The folded words of a query: punctuation and operators dropped, repeats removed, common words dropped when others remain. */
export function queryTerms(q: string): string[] {
  const words = [...new Set(tokenize(q))];
  const meaningful = words.filter((w) => !QUERY_STOPWORDS.has(w));
  return (meaningful.length ? meaningful : words).slice(0, MAX_QUERY_TERMS);
}

function parseDay(value: string, timeZone: string, label: string, notices: string[]): { day?: string; ms?: number; next?: number } {
  if (!value) return {};
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const ms = m ? parseIsoDate(value, timeZone) : undefined;
  if (!m || ms === undefined) {
    notices.push(`The ${label} date was ignored: “${value.slice(0, 40)}” is not a date like 2025-01-31.`);
    return {};
  }
  const following = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3] + 1)).toISOString().slice(0, 10);
  return { day: value, ms: ms.getTime(), next: parseIsoDate(following, timeZone)?.getTime() };
}

/**
 * Reads `/search` parameters: `q` (cut at MAX_QUERY_LENGTH characters), `section` (a known slug),
 * `from` and `to` (inclusive calendar days in `timeZone`), `sort` and `page`. Anything invalid is
 * ignored with a notice, never an error.
 */
export function parseSearchRequest(params: Params, options: { timeZone: string; sections: ReadonlySet<string> }): SearchRequest {
  const notices: string[] = [];
  let q = first(params.q).replace(/\s+/g, ' ').trim();
  const chars = Array.from(q);
  if (chars.length > MAX_QUERY_LENGTH) {
    q = chars.slice(0, MAX_QUERY_LENGTH).join('');
    // A word cut in half would be searched as a prefix of something else: drop it.
    if (!/\s/.test(chars[MAX_QUERY_LENGTH]) && q.includes(' ')) q = q.slice(0, q.lastIndexOf(' '));
    q = q.trim();
    notices.push(`Your search was cut to its first ${MAX_QUERY_LENGTH} characters.`);
  }
  const terms = queryTerms(q);
  if (q && !terms.length) notices.push('Your search has no letters or digits to look for.');

  const sectionParam = first(params.section);
  const section = options.sections.has(sectionParam) ? sectionParam : undefined;
  if (sectionParam && !section) notices.push(`There is no section “${sectionParam.slice(0, 40)}”: all sections were searched.`);

  let from = parseDay(first(params.from), options.timeZone, 'from', notices);
  let to = parseDay(first(params.to), options.timeZone, 'to', notices);
  if (from.day && to.day && from.day > to.day) {
    [from, to] = [to, from];
    notices.push('The from date was after the to date, so the two were swapped.');
  }

  const sortParam = first(params.sort);
  const sort: SearchSort = sortParam === 'newest' || (!sortParam && !terms.length) ? 'newest' : 'relevance';
  if (sortParam && sortParam !== 'newest' && sortParam !== 'relevance') notices.push('Unknown sort order: results are sorted by relevance.');

  const pageParam = first(params.page);
  const page = /^[1-9]\d{0,5}$/.test(pageParam) ? Number(pageParam) : 1;
  if (pageParam && pageParam !== String(page)) notices.push(`“${pageParam.slice(0, 20)}” is not a page number: showing page 1.`);

  return { q, terms, section, from: from.day, to: to.day, fromMs: from.ms, toMs: to.next, sort, page, notices };
}

/** True when the request narrows by section or date, so even an empty query lists articles. */
export function hasFilters(request: Pick<SearchRequest, 'section' | 'from' | 'to'>): boolean {
  return Boolean(request.section || request.from || request.to);
}

/** The URL of a search with the same query and filters, on page `page` (page 1 has no `page` parameter). */
export function searchHref(request: Pick<SearchRequest, 'q' | 'section' | 'from' | 'to' | 'sort' | 'terms'>, page = 1): string {
  const params = new URLSearchParams();
  if (request.q) params.set('q', request.q);
  if (request.section) params.set('section', request.section);
  if (request.from) params.set('from', request.from);
  if (request.to) params.set('to', request.to);
  const defaultSort = request.terms.length ? 'relevance' : 'newest';
  if (request.sort !== defaultSort) params.set('sort', request.sort);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/search?${query}` : '/search';
}
