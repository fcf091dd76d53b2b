// The measurements against a running server: load runs, nginx floor, cold renders, search, publishing, bytes.
import fs from 'node:fs';
import path from 'node:path';
import { mulberry32, pick } from './archive-random';
import type { ArticleMeta } from './archive-text';
import { CONTENT_WORDS, PLACES } from './archive-words';
import type { Archive } from './generate-archive';
import { get, percentile, timeEach } from './http-probe';
import { loadTest, type LoadSettings } from './load-test';
import type { BenchServer } from './next-server';
import { nginxFloor } from './nginx-floor';
import { pageWeight } from './page-weight';
import { measurePublishing } from './publish-latency';
import type { BenchResult, NamedLoad } from './report';

/** The word behind `/search?q=` in the load run: the commonest content word of the archive. */
export const COMMON_WORD = CONTENT_WORDS[0];
const YEAR_MS = 365 * 86_400_000;

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

/** `count` distinct search queries from the archive's vocabulary: single words, pairs and places. */
export function searchQueries(seed: number, count = 100): string[] {
  const rng = mulberry32(seed + 101);
  const words = CONTENT_WORDS.slice(5, 320);
  const queries = new Set<string>();
  while (queries.size < count) {
    const r = rng();
    queries.add(r < 0.6 ? pick(rng, words) : r < 0.9 ? `${pick(rng, words)} ${pick(rng, words)}` : pick(rng, PLACES));
  }
  return [...queries];
}

/** `count` articles dated over a year before `until`, none of `exclude`, drawn with the seed. */
export function coldSample(articles: readonly ArticleMeta[], until: Date, seed: number, count: number, exclude: Set<string>): ArticleMeta[] {
  const pool = articles.filter((a) => a.date.getTime() < until.getTime() - YEAR_MS && !exclude.has(a.slug));
  const rng = mulberry32(seed + 202);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count);
}

/** Four words from deep in an article's body (its 400th word on): a search that only an index of whole bodies answers. */
export function deepWordQuery(contentDir: string, article: ArticleMeta): string {
  const text = fs.readFileSync(path.join(contentDir, article.file), 'utf8');
  const words = text.slice(text.indexOf('\n---', 4) + 4).match(/\b[a-z]{4,}\b/g) ?? [];
  return words.slice(400, 404).join(' ');
}

/** The article the load run and start-up probe use, and the one whose headline is edited. */
export function chooseArticles(archive: Archive): { warm: ArticleMeta; edited: ArticleMeta } {
  const list = archive.articles;
  return { warm: list[list.length - 1], edited: list[list.length - 2] };
}

type SiteFigures = Pick<BenchResult, 'firstSearchMs' | 'loads' | 'staticBaseline' | 'nginx' | 'cold' | 'search' | 'publish' | 'weight'> & {
  rssAfterLoadBytes: number;
  rssAtEndBytes: number;
};

/** Runs every measurement against `server`, in an order where none disturbs the next (publishing last). */
export async function measureSite(server: BenchServer, archive: Archive, seed: number, settings: LoadSettings): Promise<SiteFigures> {
  const { warm, edited } = chooseArticles(archive);
  const biggest = [...archive.plan.sections].sort((a, b) => b.weight - a.weight)[0];
  const url = (p: string) => `${server.url}${p}`;

  log(`first search (until the index is filled: meanwhile searches answer from the part filled so far)`);
  // At 100,000 articles filling the index takes minutes: wait for it rather than fail.
  const firstStarted = performance.now();
  let first = await get(url(`/search?q=${COMMON_WORD}`), 30 * 60_000);
  while (first.status === 200 && first.body.toString().includes('data-search-indexing') && performance.now() - firstStarted < 30 * 60_000) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    first = await get(url(`/search?q=${COMMON_WORD}`), 60_000);
  }
  first = { ...first, ms: performance.now() - firstStarted };
  if (first.status !== 200) throw new Error(`/search answered ${first.status}`);

  const articleHtml = await get(url(warm.url));
  const weight = await pageWeight(server.url, articleHtml.body);
  // The smallest script the article loads: a file Next serves from disk with no rendering, its own floor.
  const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(articleHtml.body.toString())?.[1];
  const staticPath = [...weight.scripts].sort((a, b) => a.bytes - b.bytes)[0]?.src ?? stylesheet ?? '/icon.svg';
  const pages: [string, string][] = [
    ['static', staticPath], ['front', '/'], ['section', `/${biggest.slug}`], ['article', warm.url],
    ['search', `/search?q=${COMMON_WORD}`], ['feed', '/feed.xml'], ['sitemap', '/sitemap.xml'],
  ];
  const loads: NamedLoad[] = [];
  for (const [name, path] of pages) {
    const warmUp = await get(url(path));
    if (warmUp.status !== 200) log(`warning: ${path} answered ${warmUp.status} before its load run`);
    log(`load ${name}: ${path}`);
    loads.push({ name, path, ...(await loadTest(url(path), settings)) });
  }

  log('nginx floor: the same article HTML as a static file');
  const nginx = await nginxFloor(articleHtml.body, warm.url, settings);
  const rssAfterLoadBytes = server.rss();

  const sample = coldSample(archive.articles, new Date(`${archive.until}T00:00:00Z`), seed, 200, new Set([warm.slug, edited.slug]));
  log(`cold renders: ${sample.length} articles, one at a time`);
  const cold = await timeEach(sample.map((a) => url(a.url)));

  const queries = searchQueries(seed);
  log(`search: ${queries.length} queries, one at a time`);
  const search = await timeEach(queries.map((q) => url(`/search?q=${encodeURIComponent(q)}`)));

  const deep = deepWordQuery(archive.dir, sample[0]);
  log(`search for words 400 to 403 of ${sample[0].url}: "${deep}"`);
  // Narrowed to the days around the story: the synthetic archive's words are common, so the story may sit past page 1.
  const day = (offset: number) => new Date(sample[0].date.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const deepPage = await get(url(`/search?q=${encodeURIComponent(deep)}&from=${day(-1)}&to=${day(1)}`));
  const deepWordFound = deepPage.status === 200 && deepPage.body.toString().includes(`href="${sample[0].url}"`);

  log('publishing: a new article, then an edited headline');
  await get(url(edited.url));
  const publish = await measurePublishing(server.url, archive.dir, biggest, edited);

  return {
    firstSearchMs: first.ms,
    loads,
    staticBaseline: `${staticPath} (the smallest script the article page loads, else its stylesheet: a file, no rendering)`,
    nginx,
    cold: { count: cold.ms.length, p50Ms: percentile(cold.ms, 50), p99Ms: percentile(cold.ms, 99), failures: cold.failures },
    search: { count: search.ms.length, p50Ms: percentile(search.ms, 50), p99Ms: percentile(search.ms, 99), failures: search.failures, deepWordFound },
    publish,
    weight,
    rssAfterLoadBytes,
    rssAtEndBytes: server.rss(),
  };
}
