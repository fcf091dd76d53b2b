import { getArticles, getArticleText, getPublishedArticles, getSections, getSiteConfig, type Article } from '../content';
import { runSearch, SearchIndex, suggestQueries, toSearchDoc, type SearchHit, type SearchOutcome } from './engine';
import { highlight, snippet, type Segment } from './highlight';
import { hasFilters, parseSearchRequest, SEARCH_PAGE_SIZE, searchHref, type SearchRequest } from './query';
import { ResultCache } from './result-cache';
import { planSync } from './sync';

export type { Segment, SearchRequest };
export { MAX_QUERY_LENGTH } from './limits';

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

interface Holder {
  /** Opened on first use: the database lives in the cache folder and is kept between runs. */
  index?: SearchIndex;
  /** Slug → fingerprint of the version indexed (read back from the database when it opens). */
  indexed: Map<string, string>;
  synced?: readonly Article[];
  syncing?: Promise<void>;
  /** Goes up with every change to the index: cached answers of an older generation are stale. */
  generation: number;
  /** Set while a large fill runs (a first import, a restored archive): how far it has got. */
  filling?: { done: number; total: number };
}

// Kept on globalThis so every route bundle of the server process shares one index.
const holder: Holder = ((globalThis as Record<symbol, Holder>)[Symbol.for('newsroom.search.index')] ??= { indexed: new Map(), generation: 0 });
type Answer = Pick<SearchPageData, 'total' | 'totalPages' | 'outOfRange' | 'matchedAll' | 'results' | 'suggestions'>;
const answers = new ResultCache<Answer>();

const READ_CONCURRENCY = 8;
/**
 * A fill of more stories than this takes long enough (about a millisecond each, more under load) that readers do not
 * wait for it: a search waits at most FILL_WAIT_MS, then answers from what is indexed so far, saying so. Smaller
 * changes (an edit, a new story) are always waited for, so a saved story is found by the next search.
 */
const FILL_NOTICE_MIN = 300;
const FILL_WAIT_MS = 200;
/** Articles indexed per transaction: one disk write per batch, and other requests get the thread in between. */
const ADD_BATCH = 100;

function openIndex(): SearchIndex {
  if (!holder.index) {
    holder.index = SearchIndex.open();
    holder.indexed = holder.index.fingerprints();
  }
  return holder.index;
}

async function bodyTexts(articles: Article[]): Promise<string[]> {
  const texts: string[] = new Array(articles.length);
  let next = 0;
  const worker = async () => {
    while (next < articles.length) {
      const i = next++;
      texts[i] = await getArticleText(articles[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, articles.length) }, worker));
  return texts;
}

async function apply(published: readonly Article[]): Promise<void> {
  const opening = !holder.index;
  const index = openIndex();
  const plan = planSync(holder.indexed, published);
  if (opening) {
    const kept = holder.indexed.size - plan.discard.length;
    console.log(`search: ${kept.toLocaleString('en')} articles kept from the last run, ${plan.add.length.toLocaleString('en')} to index, ${plan.discard.length.toLocaleString('en')} to remove`);
  }
  index.transaction(() => {
    for (const slug of plan.discard) {
      index.discard(slug);
      holder.indexed.delete(slug);
    }
  });
  if (plan.add.length > FILL_NOTICE_MIN) holder.filling = { done: 0, total: plan.add.length };
  for (let start = 0; start < plan.add.length; start += ADD_BATCH) {
    const batch = plan.add.slice(start, start + ADD_BATCH);
    const docs = (await bodyTexts(batch)).map((text, i) => toSearchDoc(batch[i], text));
    index.transaction(() => docs.forEach((doc) => index.add(doc)));
    for (const doc of docs) holder.indexed.set(doc.id, doc.fingerprint!);
    if (holder.filling) holder.filling.done = start + batch.length;
    if (plan.add.length > 5_000 && (start / ADD_BATCH) % 100 === 99) {
      console.log(`search: indexed ${(start + batch.length).toLocaleString('en')} / ${plan.add.length.toLocaleString('en')} articles…`);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (plan.add.length || plan.discard.length) holder.generation++;
  holder.synced = published;
}

/** Sets a damaged database aside: the next search indexes the archive again from the content folder. */
function startAfresh(err: unknown) {
  console.error('search: the index could not be updated; indexing again from the content folder', err);
  try {
    holder.index?.discardFile();
  } catch {
    // Already closed or gone: a fresh open below is all that is needed.
  }
  Object.assign(holder, { index: undefined, indexed: new Map(), synced: undefined, filling: undefined, generation: holder.generation + 1 });
}

/**
 * Brings the index in line with the articles published now (new content, edits, deletions, drafts,
 * scheduled and expired stories alike): only what changed is discarded and re-added. One sync runs
 * at a time; requests meanwhile wait for it.
 */
async function syncIndex(): Promise<SearchIndex> {
  for (let round = 0; round < 3; round++) {
    const published = await getPublishedArticles();
    if (published === holder.synced && holder.index) return holder.index;
    holder.syncing ??= apply(published)
      .catch(startAfresh)
      .finally(() => Object.assign(holder, { syncing: undefined, filling: undefined }));
    if (holder.filling && !(await settlesWithin(holder.syncing, FILL_WAIT_MS))) return openIndex();
    await holder.syncing;
  }
  return openIndex();
}

function settlesWithin(work: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(resolve, ms, false)));
  return Promise.race([work.then(() => true), late]).finally(() => clearTimeout(timer));
}

/** Builds the search index now (at start-up), so the first reader to search does not wait for it. */
export async function warmSearch(): Promise<void> {
  try {
    await syncIndex();
  } catch (err) {
    console.error('search: could not build the index at start-up', err);
  }
}

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
  const filling = holder.filling && { ...holder.filling };
  if (filling) base.indexing = filling;
  const key = JSON.stringify([request.terms, request.section, request.fromMs, request.toMs, request.sort, request.page]);
  const cached = answers.get(key, holder.generation);
  if (cached) return { ...base, searched: true, ...cached };
  let outcome: SearchOutcome;
  try {
    outcome = runSearch(index, request, new Date(), (slug) => holder.indexed.has(slug));
  } catch (err) {
    // A database damaged under the running server (truncated, overwritten): index again and answer from that.
    startAfresh(err);
    index = await syncIndex();
    outcome = runSearch(index, request, new Date(), (slug) => holder.indexed.has(slug));
  }
  const { hits, total, matchedAll } = outcome;
  const totalPages = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
  const outOfRange = request.page > totalPages;
  const results = (outOfRange ? [] : hits).map((hit) => toView(hit, hit.bodyMatch ? index.doc(hit.slug)?.body : undefined));
  const suggestions = total
    ? []
    : suggestQueries(index, request.terms).map((text) => ({ text, href: searchHref({ ...request, q: text, terms: text.split(' ') }) }));
  // A partial answer is not kept: the generation goes up when the fill ends, but a reader may ask again before.
  if (!filling) answers.set(key, holder.generation, { total, totalPages, outOfRange, matchedAll, results, suggestions });
  return { ...base, searched: true, total, totalPages, outOfRange, matchedAll, results, suggestions };
}
