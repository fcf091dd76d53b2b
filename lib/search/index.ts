import { getArticle, getArticles, getArticleText, getPublishedArticles, getSections, getSiteConfig, type Article } from '../content';
import { createSearchIndex, runSearch, searchFingerprint, suggestQueries, toSearchDoc, type SearchHit, type SearchIndex } from './engine';
import { highlight, snippet, type Segment } from './highlight';
import { hasFilters, parseSearchRequest, SEARCH_PAGE_SIZE, searchHref, type SearchRequest } from './query';
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
}

interface Holder {
  index: SearchIndex;
  /** Slug → fingerprint of the version indexed. */
  indexed: Map<string, string>;
  synced?: readonly Article[];
  syncing?: Promise<void>;
}

// Kept on globalThis so every route bundle of the server process shares one index.
const holder: Holder = ((globalThis as Record<symbol, Holder>)[Symbol.for('newsroom.search.index')] ??= {
  index: createSearchIndex(),
  indexed: new Map(),
});

const READ_CONCURRENCY = 8;
const ADD_BATCH = 100;

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
  const plan = planSync(holder.indexed, published);
  for (const slug of plan.discard) {
    if (holder.index.has(slug)) holder.index.discard(slug);
    holder.indexed.delete(slug);
  }
  // A batch at a time: bodies are read, indexed and let go, and other requests get the thread in between.
  for (let start = 0; start < plan.add.length; start += ADD_BATCH) {
    const batch = plan.add.slice(start, start + ADD_BATCH);
    const texts = await bodyTexts(batch);
    batch.forEach((article, i) => {
      if (holder.index.has(article.slug)) holder.index.discard(article.slug);
      holder.index.add(toSearchDoc(article, texts[i]));
      holder.indexed.set(article.slug, searchFingerprint(article));
    });
    await new Promise((resolve) => setImmediate(resolve));
  }
  holder.synced = published;
}

/**
 * Brings the index in line with the articles published now (new content, edits, deletions, drafts,
 * scheduled and expired stories alike): only what changed is discarded and re-added. One sync runs
 * at a time; requests meanwhile wait for it.
 */
async function syncIndex(): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const published = await getPublishedArticles();
    if (published === holder.synced) return;
    holder.syncing ??= apply(published)
      .catch((err) => {
        // Start afresh rather than serve from an index in an unknown state: the next search rebuilds it.
        console.error('search: index update failed, rebuilding', err);
        Object.assign(holder, { index: createSearchIndex(), indexed: new Map(), synced: undefined });
      })
      .finally(() => (holder.syncing = undefined));
    await holder.syncing;
  }
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
  const base = { request, sections, latest: latestPage?.items ?? [], pageHref };
  if (!request.terms.length && !hasFilters(request)) {
    return { ...base, searched: false, total: 0, totalPages: 0, outOfRange: false, matchedAll: true, results: [], suggestions: [] };
  }
  await syncIndex();
  const { hits, matchedAll } = runSearch(holder.index, request, new Date(), (slug) => holder.indexed.has(slug));
  const totalPages = Math.max(1, Math.ceil(hits.length / SEARCH_PAGE_SIZE));
  const outOfRange = request.page > totalPages;
  const pageHits = outOfRange ? [] : hits.slice((request.page - 1) * SEARCH_PAGE_SIZE, request.page * SEARCH_PAGE_SIZE);
  const results = await Promise.all(
    pageHits.map(async (hit) => {
      const article = hit.bodyMatch ? await getArticle(hit.slug) : undefined;
      return toView(hit, article ? await getArticleText(article) : undefined);
    }),
  );
  const suggestions = hits.length
    ? []
    : suggestQueries(holder.index, request.terms).map((text) => ({ text, href: searchHref({ ...request, q: text, terms: [text] }) }));
  return { ...base, searched: true, total: hits.length, totalPages, outOfRange, matchedAll, results, suggestions };
}
