import { buildCatalog, type Article } from './catalog';
import { parseArticle, type ArticleRecord } from './parse-article';
import { buildPublishedView, type PublishedView } from './published-view';
import { RELATED_COUNT, relatedArticles } from './related';
import { mulberry32 } from '../seeded-random';

/** The shape of a synthetic newsroom: topic clusters, each with its own words and tags, plus noise shared by all. */
export interface CorpusOptions {
  articles: number;
  seed?: number;
  clusterSize?: number;
  /** Words unique to each cluster. */
  clusterWords?: number;
  /** Words and tags every cluster uses: the noise a good score must see through. */
  noiseWords?: number;
  noiseTags?: number;
  years?: number;
}

/** A generated article file and the cluster it was written from. */
export interface CorpusFile {
  file: string;
  raw: string;
  cluster: number;
}

/** What the evaluation measures over a set of related lists. */
export interface RelatedMetrics {
  articles: number;
  /** Mean share of each list that comes from the article's own cluster. */
  precision: number;
  /** Share of articles whose list is full (RELATED_COUNT items). */
  coverage: number;
  emptyLists: number;
  /** Distinct articles shown in any list, over all articles: low when a few stories are recommended everywhere. */
  diversity: number;
  msPerArticle: number;
}

const SECTIONS = ['World', 'Politics', 'Business', 'Science', 'Technology', 'Culture', 'Sport'];
const SYLLABLES = 'ba be bi bo bu da de di do du fa fe fi fo ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu za ze zi zo zu'.split(' ');

/** The i-th made-up word: three syllables plus a letter, unique for every i. */
function word(i: number): string {
  const n = SYLLABLES.length;
  return `${SYLLABLES[i % n]}${SYLLABLES[Math.floor(i / n) % n]}${SYLLABLES[Math.floor(i / n / n) % n]}${'xqwy'[Math.floor(i / n / n / n) % 4]}`;
}

/** Generates Markdown files for a newsroom of `articles` stories in clusters of known topics, deterministically. */
export function generateCorpus(options: CorpusOptions): CorpusFile[] {
  const { articles, seed = 42, clusterSize = 25, clusterWords = 40, noiseWords = 300, noiseTags = 25, years = 5 } = options;
  const rand = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const clusters = Math.max(1, Math.round(articles / clusterSize));
  const noise = Array.from({ length: noiseWords }, (_, i) => word(i));
  const vocab = (c: number) => Array.from({ length: clusterWords }, (_, i) => word(noiseWords + c * clusterWords + i));
  const topics = Array.from({ length: clusters }, (_, c) => ({
    words: vocab(c),
    tags: [0, 1, 2].map((k) => `Topic ${word(noiseWords + c * clusterWords + k)}`),
    section: pick(SECTIONS),
  }));
  const tagNoise = Array.from({ length: noiseTags }, (_, i) => `Desk ${word(i)}`);
  const start = Date.UTC(2021, 0, 1);
  const span = years * 365 * 86_400_000;
  const files: CorpusFile[] = [];
  for (let i = 0; i < articles; i++) {
    const cluster = i % clusters;
    const topic = topics[cluster];
    const stray = topics[Math.floor(rand() * clusters)];
    const mix = (count: number, own: number, other: number) =>
      Array.from({ length: count }, () => {
        const r = rand();
        return r < own ? pick(topic.words) : r < own + other ? pick(stray.words) : pick(noise);
      }).join(' ');
    const tags = [...topic.tags.filter(() => rand() < 0.67), pick(tagNoise), ...(rand() < 0.5 ? [pick(tagNoise)] : []), ...(rand() < 0.1 ? [pick(stray.tags)] : [])];
    const date = new Date(start + Math.floor(rand() * span)).toISOString();
    const raw = [
      '---',
      `title: "${mix(7, 0.5, 0.1)}"`,
      `date: ${date}`,
      `section: ${topic.section}`,
      `summary: "${mix(14, 0.4, 0.1)}"`,
      `tags: [${tags.map((t) => `"${t}"`).join(', ')}]`,
      '---',
      `${mix(160, 0.3, 0.1)}.`,
      '',
    ].join('\n');
    files.push({ file: `articles/${String(i).padStart(5, '0')}.md`, raw, cluster });
  }
  return files;
}

/** Runs the pure pipeline on the files (parse, catalog, published view): no disk involved. */
export function publishCorpus(files: CorpusFile[]): { view: PublishedView; clusterOf: Map<string, number> } {
  const records: ArticleRecord[] = [];
  const clusterOf = new Map<string, number>();
  for (const f of files) {
    const { record } = parseArticle(f.file, f.raw, { timeZone: 'UTC' });
    if (!record) throw new Error(`generated file ${f.file} did not parse`);
    records.push(record);
    clusterOf.set(record.slug, f.cluster);
  }
  const catalog = buildCatalog({ records, authors: [], sections: [], problems: [] });
  return { view: buildPublishedView(catalog, new Date(Date.UTC(2100, 0, 1))), clusterOf };
}

/** Computes every article's related list and measures precision@5 against the known clusters, coverage and diversity. */
export function evaluateRelated(view: PublishedView, clusterOf: ReadonlyMap<string, number>): RelatedMetrics {
  const started = performance.now();
  const lists = view.articles.map((a) => [a, relatedArticles(a, view)] as const);
  const elapsed = performance.now() - started;
  const shown = new Set<string>();
  let precision = 0;
  let full = 0;
  let empty = 0;
  for (const [article, list] of lists) {
    for (const other of list) shown.add(other.slug);
    const same = list.filter((o) => clusterOf.get(o.slug) === clusterOf.get(article.slug)).length;
    precision += same / RELATED_COUNT;
    if (list.length >= RELATED_COUNT) full++;
    if (!list.length) empty++;
  }
  const n = Math.max(1, lists.length);
  return { articles: lists.length, precision: precision / n, coverage: full / n, emptyLists: empty, diversity: shown.size / n, msPerArticle: elapsed / n };
}

/** Generates a corpus of `articles` stories and evaluates the related lists on it. */
export function evaluateSynthetic(options: CorpusOptions): RelatedMetrics {
  const { view, clusterOf } = publishCorpus(generateCorpus(options));
  return evaluateRelated(view, clusterOf);
}

/** The related list of every published article, for a person to judge. */
export function relatedListing(view: PublishedView): { article: Article; related: Article[] }[] {
  return view.articles.map((article) => ({ article, related: relatedArticles(article, view) }));
}
