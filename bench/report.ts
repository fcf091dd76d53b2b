// The benchmark's figures: the printed tables (with targets) and the JSON written to bench/results/.
import fs from 'node:fs';
import path from 'node:path';
import type { BuildResult } from './build-app';
import type { LoadResult } from './load-test';
import type { PageWeight } from './page-weight';
import type { PublishResult } from './publish-latency';

/** A load run with its name and path. */
export interface NamedLoad extends LoadResult { name: string; path: string }

/** Everything one run measured. */
export interface BenchResult {
  date: string;
  settings: { articles: number; seed: number; duration: number; connections: number; skipBuild: boolean };
  machine: Record<string, unknown>;
  archive: { articles: number; bytes: number; seconds: number; writeSeconds: number; until: string; contentDir: string };
  build: { full?: BuildResult; small?: BuildResult; ratio?: number; reused: boolean };
  startup: { ms: number; restartMs?: number; newBuildMs?: number; rssAfterStartBytes: number; rssAfterLoadBytes: number; rssAtEndBytes: number };
  firstSearchMs: number;
  loads: NamedLoad[];
  staticBaseline: string;
  nginx?: LoadResult & { bytes: number };
  cold: { count: number; p50Ms: number; p99Ms: number; failures: number };
  search: { count: number; p50Ms: number; p99Ms: number; failures: number; deepWordFound?: boolean };
  publish?: PublishResult;
  weight?: PageWeight;
  targets?: Check[];
}

/** One figure against its target. */
export interface Check { figure: string; value: string; target: string; met: boolean | undefined }

const MB = 1024 * 1024;
const mb = (b?: number) => (b === undefined ? 'n/a' : `${(b / MB).toFixed(0)} MB`);
const kb = (b?: number) => (b === undefined ? 'n/a' : `${(b / 1024).toFixed(1)} KB`);
const ms = (x?: number) => (x === undefined || Number.isNaN(x) ? 'n/a' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);
const check = (figure: string, value: string, target: string, met: boolean | undefined): Check => ({ figure, value, target, met });
const under = (x: number | undefined, limit: number) => (x === undefined || Number.isNaN(x) ? false : x <= limit);

/** Throughput of each page as a share of the static baseline. */
export function relativeToStatic(result: BenchResult): Record<string, number> {
  const base = result.loads.find((l) => l.name === 'static')?.requestsPerSecond ?? NaN;
  return Object.fromEntries(result.loads.filter((l) => l.name !== 'static').map((l) => [l.name, l.requestsPerSecond / base]));
}

/**
 * The newest result at 10,000 articles in bench/results, against which a larger run's warm throughput and
 * memory are compared (issue 13: within 10 % and 1.5× of the same at 10,000).
 */
export function referenceResult(dir: string, articles: number): BenchResult | undefined {
  if (articles <= 10_000 || !fs.existsSync(dir)) return undefined;
  const newest = fs.readdirSync(dir).filter((f) => f.endsWith('-10000.json')).sort().pop();
  return newest ? (JSON.parse(fs.readFileSync(path.join(dir, newest), 'utf8')) as BenchResult) : undefined;
}

/** Checks of a large run against the 10,000-article reference: warm pages within 10 %, memory within 1.5×. */
function againstReference(r: BenchResult, ref: BenchResult): Check[] {
  const label = `${ref.settings.articles.toLocaleString('en')} (${ref.date.slice(0, 10)})`;
  const checks = ['front', 'section', 'article'].flatMap((name) => {
    const here = r.loads.find((l) => l.name === name)?.requestsPerSecond;
    const there = ref.loads.find((l) => l.name === name)?.requestsPerSecond;
    if (here === undefined || there === undefined) return [];
    return [check(`warm ${name} req/s vs ${label}`, `${((here / there) * 100).toFixed(0)}%`, '≥ 90%', here >= 0.9 * there)];
  });
  const rss = Math.max(r.startup.rssAfterLoadBytes, r.startup.rssAtEndBytes);
  const refRss = Math.max(ref.startup.rssAfterLoadBytes, ref.startup.rssAtEndBytes);
  return [...checks, check(`RSS vs ${label}`, `${(rss / refRss).toFixed(2)}×`, '≤ 1.5×', rss <= 1.5 * refRss)];
}

/** The figures that have targets, each with whether it met it (`reference`: the 10,000-article run to compare with). */
export function targets(r: BenchResult, reference?: BenchResult): Check[] {
  const rel = relativeToStatic(r);
  const article = r.loads.find((l) => l.name === 'article');
  const searchLoad = r.loads.find((l) => l.name === 'search');
  const rss = Math.max(r.startup.rssAfterLoadBytes, r.startup.rssAtEndBytes);
  const publishMax = r.publish ? Math.max(r.publish.newArticleMs ?? Infinity, r.publish.sectionFrontMs ?? Infinity) : undefined;
  return [
    check(`build ${r.build.full?.articles ?? r.settings.articles} vs 100 articles${r.build.reused ? ' (reused build)' : ''}`, r.build.ratio === undefined ? 'n/a' : `${r.build.ratio.toFixed(2)}×`, '≤ 1.5×', r.build.ratio === undefined ? undefined : r.build.ratio <= 1.5),
    check('first-ever start (reads every file)', ms(r.startup.ms), '≤ 60 s', r.startup.ms <= 60_000),
    ...(r.startup.restartMs === undefined ? [] : [check('restart (file index)', ms(r.startup.restartMs), '≤ 5 s', r.startup.restartMs <= 5000)]),
    ...(r.startup.newBuildMs === undefined ? [] : [check('first start of a new build, same content', ms(r.startup.newBuildMs), '≤ 5 s', r.startup.newBuildMs <= 5000)]),
    check('server RSS after start', mb(r.startup.rssAfterStartBytes), '≤ 400 MB', under(r.startup.rssAfterStartBytes, 400 * MB)),
    check('server RSS after load (max)', mb(rss), '≤ 700 MB', under(rss, 700 * MB)),
    ...Object.entries(rel).map(([name, share]) => check(`warm ${name} vs static`, `${(share * 100).toFixed(0)}%`, '≥ 80%', share >= 0.8)),
    check('article p99 under load', ms(article?.p99Ms), '≤ 50 ms', under(article?.p99Ms, 50)),
    check('cold article render p50', ms(r.cold.p50Ms), '≤ 30 ms', under(r.cold.p50Ms, 30) && r.cold.failures === 0),
    check('cold article render p99', ms(r.cold.p99Ms), '≤ 150 ms', under(r.cold.p99Ms, 150) && r.cold.failures === 0),
    check('search p50', ms(r.search.p50Ms), '≤ 25 ms', under(r.search.p50Ms, 25) && r.search.failures === 0),
    check('search p99', ms(r.search.p99Ms), '≤ 100 ms', under(r.search.p99Ms, 100) && r.search.failures === 0),
    check('/search under load', `${Math.round(searchLoad?.requestsPerSecond ?? 0)} req/s`, '≥ 200 req/s', (searchLoad?.requestsPerSecond ?? 0) >= 200),
    ...(r.search.deepWordFound === undefined ? [] : [check('words past the 400th of a body found', r.search.deepWordFound ? 'yes' : 'no', 'yes', r.search.deepWordFound)]),
    check('publish: article and section front', ms(publishMax), '≤ 2 s', under(publishMax, 2000)),
    check('publish: edited headline shows', ms(r.publish?.editMs), '≤ 2 s', under(r.publish?.editMs, 2000)),
    check('article HTML (uncompressed)', kb(r.weight?.htmlBytes), '≤ 60 KB', under(r.weight?.htmlBytes, 60 * 1024)),
    ...(reference ? againstReference(r, reference) : []),
  ];
}

/** Columns padded to line up; numbers right-aligned. */
export function formatTable(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const numeric = head.map((_, i) => rows.every((r) => /^[\d.,%×n/a -]*(ms|s|MB|KB|req\/s)?$/.test(r[i]) || r[i] === ''));
  const line = (cells: string[]) => cells.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The printed report: load table, other figures, and the targets. */
export function formatReport(r: BenchResult): string {
  const rel = relativeToStatic(r);
  const loadRows = r.loads.map((l) => [
    l.name, l.path.length > 48 ? `${l.path.slice(0, 45)}...` : l.path, l.requestsPerSecond.toFixed(0), l.name === 'static' ? '100%' : `${(rel[l.name] * 100).toFixed(0)}%`,
    ms(l.p50Ms), ms(l.p99Ms), String(l.non2xx), String(l.errors + l.timeouts),
  ]);
  if (r.nginx) loadRows.push(['nginx (same article HTML)', 'static file', r.nginx.requestsPerSecond.toFixed(0), '', ms(r.nginx.p50Ms), ms(r.nginx.p99Ms), String(r.nginx.non2xx), String(r.nginx.errors + r.nginx.timeouts)]);
  const article = r.loads.find((l) => l.name === 'article');
  const b = r.build;
  const info = [
    ['archive', `${r.archive.articles} articles, ${mb(r.archive.bytes)}, generated in ${r.archive.seconds.toFixed(1)} s (${r.archive.writeSeconds.toFixed(1)} s writing files)`],
    ['next build (N articles)', b.full ? `${b.full.seconds.toFixed(1)} s, peak RSS ${mb(b.full.peakRssBytes)}${b.reused ? ' (reused build)' : ''}` : 'skipped'],
    ['next build (100 articles)', b.small ? `${b.small.seconds.toFixed(1)} s, peak RSS ${mb(b.small.peakRssBytes)}` : 'skipped'],
    ['server RSS: after start / load runs / end', `${mb(r.startup.rssAfterStartBytes)} / ${mb(r.startup.rssAfterLoadBytes)} / ${mb(r.startup.rssAtEndBytes)}`],
    ['search index filled (first search until complete)', ms(r.firstSearchMs)],
    ['cold article render p99', `${ms(r.cold.p99Ms)} (${r.cold.count} articles, ${r.cold.failures} not 200)`],
    ['search p99', `${ms(r.search.p99Ms)} (${r.search.count} queries, ${r.search.failures} not 200)`],
    ['client JS on an article', r.weight ? `${kb(r.weight.jsBytes)} (${kb(r.weight.jsGzipBytes)} gzip) in ${r.weight.scripts.length} scripts` : 'n/a'],
    ['article HTML gzip / inline scripts', r.weight ? `${kb(r.weight.htmlGzipBytes)} / ${kb(r.weight.inlineScriptBytes)}` : 'n/a'],
    ['Next article ÷ nginx (req/s)', r.nginx && article ? `${(article.requestsPerSecond / r.nginx.requestsPerSecond).toFixed(3)}` : 'n/a'],
    ['static baseline', r.staticBaseline],
  ];
  const checks = r.targets ?? targets(r);
  return [
    `Load: ${r.settings.connections} connections, ${r.settings.duration} s per URL`,
    formatTable(['page', 'path', 'req/s', '% static', 'p50', 'p99', 'non-2xx', 'errors'], loadRows),
    '',
    formatTable(['figure', 'value'], info),
    '',
    formatTable(['target', 'value', 'goal', 'status'], checks.map((c) => [c.figure, c.value, c.target, c.met === undefined ? 'n/a' : c.met ? 'met' : 'MISSED'])),
  ].join('\n');
}

/** Writes `bench/results/<YYYY-MM-DD>-<articles>.json` (replacing that day's earlier run of the same size). */
export function writeResult(r: BenchResult, dir = path.join(__dirname, 'results')): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${r.date.slice(0, 10)}-${r.settings.articles}.json`);
  fs.writeFileSync(file, `${JSON.stringify({ ...r, targets: r.targets ?? targets(r) }, null, 2)}\n`);
  return file;
}
