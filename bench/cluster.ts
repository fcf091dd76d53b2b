// `npm run bench:cluster [-- --articles 2000 --seed 1 --duration 10 --connections 20 --skip-build --keep]`:
// two standalone Next.js instances sharing one content folder, behind nginx running deploy/nginx.conf. Measures
// throughput and nginx's cache hit ratio on four URLs, one instance without nginx for comparison, and how soon
// a new and an edited article reach readers through nginx while other traffic keeps the cache hot. Prints a
// table and writes bench/results/<date>-cluster.json. Everything it starts is stopped at the end, on error
// and on Ctrl-C.
//
// How the cache hit ratio is counted: every response of every load run is counted, not a sample. autocannon's
// `setupClient` hook gets each connection's client, whose `headers` event carries the raw response headers;
// the X-Cache-Status values (added by deploy/nginx.conf) are tallied from there. HIT, STALE and UPDATING were
// answered from nginx's cache; MISS, EXPIRED, REVALIDATED and BYPASS waited for an instance. What reached the
// instances, background refreshes included, is counted separately from nginx's access log (`log_subrequest on`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { ROOT } from './build-app';
import { readAccessLog, startNginx, type BenchNginx } from './cluster-nginx';
import { generateArchive, startOfToday, type Archive } from './generate-archive';
import { closeConnections, freePort, get, pollUntil, sleep } from './http-probe';
import { chooseArticles } from './measure-site';
import { treeRss } from './proc-memory';
import { installExitHandlers, onCleanup, remove, start, stopAll, type Child } from './processes';
import { measurePublishing, type PublishResult } from './publish-latency';
import { formatTable } from './report';
import { benchOptions, type BenchOptions } from './options';

const USAGE = 'usage: npm run bench:cluster -- [--articles 2000] [--seed 1] [--duration 10] [--connections 20] [--skip-build] [--keep]';
/** The cluster benchmark's own dist folder: `npm run build:standalone` and the other benchmarks keep theirs. */
const DIST_DIR = '.next-cluster';
const STANDALONE_DIR = path.join(ROOT, DIST_DIR, 'standalone');
const INSTANCES = 2;
/** X-Cache-Status values answered from nginx's cache without waiting for an instance. */
const FROM_CACHE = ['HIT', 'STALE', 'UPDATING'];

const log = (message: string) => process.stderr.write(`[cluster] ${message}\n`);

type AutocannonResult = autocannon.Result;
/** A running autocannon: a promise of its result that can be stopped early. */
type AutocannonRun = Promise<AutocannonResult> & { stop(): void };

/** One load run's figures. */
export interface ClusterLoad {
  name: string;
  path: string;
  via: 'nginx' | 'direct';
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Mean response size in bytes, headers included (as autocannon counts them). */
  bytesPerResponse: number;
  non2xx: number;
  errors: number;
  /** Responses per X-Cache-Status value ("none" when the header was missing, as without nginx). */
  cacheStatus: Record<string, number>;
  /** Share of responses answered from nginx's cache (HIT, STALE, UPDATING). */
  fromCacheRatio?: number;
  /** Requests nginx sent to the instances during the run, background refreshes included (access log). */
  originRequests?: number;
}

/** A standalone server of the cluster. */
interface Instance {
  url: string;
  port: number;
  child: Child;
  startupMs: number;
}

function options(): BenchOptions {
  return benchOptions(USAGE, { articles: 2000, minArticles: 10 });
}

/** `npm run build:standalone` into DIST_DIR, as a child the exit handlers can stop. */
async function build(contentDir: string): Promise<number> {
  const started = performance.now();
  const tsx = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const child = start(process.execPath, [tsx, path.join(ROOT, 'scripts', 'build-standalone.ts')], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: DIST_DIR, CONTENT_DIR: contentDir },
  });
  const code = await child.exited;
  await child.stop();
  if (code !== 0) throw new Error(`build:standalone failed (${code}):\n${child.output().slice(-4000)}`);
  return (performance.now() - started) / 1000;
}

/** `node <standalone>/server.js` on `port`, polled until `probePath` answers 200. */
async function startInstance(port: number, contentDir: string, siteUrl: string, probePath: string): Promise<Instance> {
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = start(process.execPath, [path.join(STANDALONE_DIR, 'server.js')], {
    cwd: STANDALONE_DIR,
    env: {
      ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', PORT: String(port), HOSTNAME: '127.0.0.1',
      CONTENT_DIR: contentDir, SITE_URL: siteUrl, NEXT_DIST_DIR: DIST_DIR,
    },
  });
  let ended = false;
  child.exited.then(() => (ended = true));
  for (;;) {
    if (ended) throw new Error(`the standalone server on ${port} exited:\n${child.output().slice(-4000)}`);
    const status = await get(`${url}${probePath}`).then((r) => r.status, () => 0);
    if (status === 200) break;
    if (status >= 300 && status < 500) throw new Error(`${probePath} answered ${status} on ${port}:\n${child.output().slice(-4000)}`);
    if (performance.now() - started > 120_000) throw new Error(`the standalone server on ${port} did not answer within 120 s`);
    await sleep(50);
  }
  return { url, port, child, startupMs: performance.now() - started };
}

/** Distinct free loopback ports. */
async function freePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

/** Tallies X-Cache-Status per response through autocannon's per-connection client (its `headers` event). */
function cacheStatusCounter(): { counts: Record<string, number>; setupClient: (client: NodeJS.EventEmitter) => void } {
  const counts: Record<string, number> = {};
  const setupClient = (client: NodeJS.EventEmitter) => {
    client.on('headers', (info: { headers?: string[] }) => {
      const raw = info.headers ?? [];
      let value = 'none';
      for (let i = 0; i + 1 < raw.length; i += 2) {
        if (raw[i].toLowerCase() === 'x-cache-status') {
          value = raw[i + 1] || 'none';
          break;
        }
      }
      counts[value] = (counts[value] ?? 0) + 1;
    });
  };
  return { counts, setupClient };
}

/** Starts autocannon against `url` (or cycles through `paths` on it), counting X-Cache-Status values. */
function runAutocannon(url: string, settings: { connections: number; duration: number }, counts: ReturnType<typeof cacheStatusCounter>, paths?: string[]): AutocannonRun {
  // autocannon's `setupClient` and `requests` options are not in bench/autocannon.d.ts; it takes them all the same.
  const opts = {
    url, connections: settings.connections, duration: settings.duration, timeout: 30, setupClient: counts.setupClient,
    ...(paths ? { requests: paths.map((p) => ({ method: 'GET', path: p })) } : {}),
  };
  return autocannon(opts) as unknown as AutocannonRun;
}

/** One load run on `base + pathname`, with the cache statuses seen and (through nginx) what reached the instances. */
async function loadRun(name: string, base: string, pathname: string, via: 'nginx' | 'direct', settings: { connections: number; duration: number }, accessLog?: { file: string; offset: number }): Promise<ClusterLoad> {
  const counter = cacheStatusCounter();
  const result = await runAutocannon(`${base}${pathname}`, settings, counter);
  let originRequests: number | undefined;
  if (accessLog) {
    await sleep(400); // the log is flushed every 200 ms
    const { lines, end } = readAccessLog(accessLog.file, accessLog.offset);
    accessLog.offset = end;
    // `$upstream_addr` is "-" when nginx answered from its cache.
    originRequests = lines.filter((l) => l.split(' ')[1] !== '-').length;
  }
  const total = Object.values(counter.counts).reduce((a, b) => a + b, 0);
  const fromCache = FROM_CACHE.reduce((sum, s) => sum + (counter.counts[s] ?? 0), 0);
  return {
    name, path: pathname, via,
    requestsPerSecond: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99,
    requests: result.requests.total, bytesPerResponse: result.requests.total ? result.throughput.total / result.requests.total : 0, non2xx: result.non2xx, errors: result.errors + result.timeouts,
    cacheStatus: counter.counts,
    fromCacheRatio: via === 'nginx' && total ? fromCache / total : undefined,
    originRequests,
  };
}

function machine(): Record<string, unknown> {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown', cores: cpus.length, memoryBytes: os.totalmem(), node: process.version,
    platform: `${os.platform()} ${os.release()}`, loadAverageAtStart: os.loadavg(),
  };
}

const ms = (v: number | undefined) => (v === undefined ? 'not seen' : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(0)} ms`);
const pct = (v: number | undefined) => (v === undefined ? '' : `${(v * 100).toFixed(1)}%`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function statusSummary(counts: Record<string, number>): string {
  return Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
}

/** Publishing while a background autocannon keeps the cache hot: through nginx, then on one instance directly. */
async function measurePublishingUnderLoad(nginx: BenchNginx, direct: Instance, archive: Archive, section: { name: string; slug: string }) {
  const { edited } = chooseArticles(archive);
  const paths = ['/', `/${section.slug}`, edited.url, '/feed.xml'];
  const counter = cacheStatusCounter();
  // Long enough for both measurements; stopped when they are done.
  const background = runAutocannon(nginx.url, { connections: 8, duration: 120 }, counter, paths);
  try {
    await sleep(2000); // let the background load settle into the cache
    log(`publishing through nginx (background load on ${paths.join(' ')})`);
    const viaNginx = await measurePublishing(nginx.url, archive.dir, section, edited);
    log(`  new article ${ms(viaNginx.newArticleMs)}, section front ${ms(viaNginx.sectionFrontMs)}, edit ${ms(viaNginx.editMs)}`);
    log('publishing on one instance directly (no nginx)');
    const viaDirect = await measurePublishing(direct.url, archive.dir, section, edited);
    log(`  new article ${ms(viaDirect.newArticleMs)}, section front ${ms(viaDirect.sectionFrontMs)}, edit ${ms(viaDirect.editMs)}`);
    return { viaNginx, viaDirect, paths, background: counter.counts };
  } finally {
    background.stop();
    await background.catch(() => undefined);
  }
}

async function main() {
  const opts = options();
  installExitHandlers();
  const startedAt = new Date();
  const facts = machine();
  const settings = { connections: opts.connections, duration: opts.duration };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'courier-cluster-'));
  // nginx's workers (an unprivileged user when run as root) must be able to reach their cache folder inside it.
  fs.chmodSync(tmp, 0o755);
  if (opts.keep) log(`keeping ${tmp}`);
  else onCleanup(() => remove(tmp));

  log(`generating ${opts.articles} articles (seed ${opts.seed})`);
  const archive = await generateArchive({ articles: opts.articles, seed: opts.seed, out: path.join(tmp, 'content'), until: startOfToday() });
  let buildSeconds: number | undefined;
  if (opts.skipBuild) {
    if (!fs.existsSync(path.join(STANDALONE_DIR, 'server.js'))) throw new Error(`--skip-build: no ${DIST_DIR}/standalone/server.js; run once without it`);
    log(`reusing ${DIST_DIR}/standalone`);
  } else {
    log(`npm run build:standalone (NEXT_DIST_DIR=${DIST_DIR})`);
    buildSeconds = await build(archive.dir);
    log(`  ${buildSeconds.toFixed(1)} s`);
  }

  const { warm } = chooseArticles(archive);
  const section = [...archive.plan.sections].sort((a, b) => b.weight - a.weight)[0];
  const [nginxPort, ...ports] = await freePorts(INSTANCES + 1);
  const siteUrl = `http://127.0.0.1:${nginxPort}`;
  log(`starting ${INSTANCES} standalone instances on ${ports.join(', ')} sharing ${archive.dir}`);
  const instances = await Promise.all(ports.map((port) => startInstance(port, archive.dir, siteUrl, warm.url)));
  log(`  answering after ${instances.map((i) => ms(i.startupMs)).join(', ')}`);
  const nginxDir = path.join(tmp, 'nginx');
  fs.mkdirSync(nginxDir);
  const nginx = await startNginx({ dir: nginxDir, port: nginxPort, upstreamPorts: ports }, warm.url);
  log(`nginx on ${nginx.url} (deploy/nginx.conf; files in ${nginxDir})`);

  const targets = [
    { name: 'front page', path: '/' },
    { name: 'section front', path: `/${section.slug}` },
    { name: 'article', path: warm.url },
    { name: 'feed', path: '/feed.xml' },
  ];
  // Every page once through nginx and on each instance, so no run starts with a first render.
  for (const t of targets) {
    for (const base of [nginx.url, ...instances.map((i) => i.url)]) {
      const res = await get(`${base}${t.path}`);
      if (res.status !== 200) throw new Error(`${base}${t.path} answered ${res.status}`);
    }
  }
  // What must never come from the cache: a request in draft mode (preview cookie) and /api/.
  const cacheStatusOf = async (pathname: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${nginx.url}${pathname}`, { headers });
    await res.arrayBuffer();
    return res.headers.get('x-cache-status') ?? 'none';
  };
  const bypass = {
    draftCookie: await cacheStatusOf(warm.url, { cookie: '__prerender_bypass=benchmark' }),
    api: await cacheStatusOf('/api/content-version'),
  };
  if (bypass.draftCookie !== 'BYPASS' || bypass.api !== 'BYPASS') throw new Error(`nginx cached what it must not: ${JSON.stringify(bypass)}`);
  const accessLog = { file: nginx.accessLog, offset: readAccessLog(nginx.accessLog, 0).end };
  const loads: ClusterLoad[] = [];
  for (const t of targets) {
    log(`load: ${t.name} through nginx (${settings.connections} connections, ${settings.duration} s)`);
    const run = await loadRun(t.name, nginx.url, t.path, 'nginx', settings, accessLog);
    log(`  ${run.requestsPerSecond.toFixed(0)} req/s, p99 ${ms(run.p99Ms)}, from cache ${pct(run.fromCacheRatio)}`);
    loads.push(run);
  }
  log(`load: article on one instance directly (no nginx)`);
  const direct = await loadRun('article', instances[0].url, warm.url, 'direct', settings);
  log(`  ${direct.requestsPerSecond.toFixed(0)} req/s, p99 ${ms(direct.p99Ms)}`);
  loads.push(direct);
  const rssAfterLoad = instances.map((i) => treeRss(i.child.pid));

  const publish = await measurePublishingUnderLoad(nginx, instances[0], archive, section);
  // Both instances read the same folder: each must serve the article published through nginx, though nginx
  // asked only one of them for it. (An instance that answered 404 for the URL before the file existed may send
  // that stale copy once more while it re-renders, so it is polled.)
  const newPath = new URL(publish.viaNginx.newUrl).pathname;
  const onInstances = await Promise.all(instances.map((i) => pollUntil(async () => (await get(`${i.url}${newPath}`)).status === 200, 5000)));
  const onEveryInstance = onInstances.every((t) => t !== undefined);

  await nginx.stop();
  await Promise.all(instances.map((i) => i.child.stop()));
  closeConnections();

  const result = {
    date: startedAt.toISOString(),
    settings: { ...settings, articles: opts.articles, seed: opts.seed, instances: INSTANCES, skipBuild: opts.skipBuild, distDir: DIST_DIR },
    machine: { ...facts, loadAverageAtEnd: os.loadavg(), benchSeconds: (Date.now() - startedAt.getTime()) / 1000 },
    archive: { articles: archive.articles.length, bytes: archive.bytes, seconds: archive.seconds },
    buildSeconds,
    instances: instances.map((i, n) => ({ port: i.port, startupMs: i.startupMs, rssAfterLoadBytes: rssAfterLoad[n] })),
    loads,
    bypass,
    publish: {
      viaNginx: publish.viaNginx, viaDirect: publish.viaDirect, backgroundPaths: publish.paths,
      backgroundCacheStatus: publish.background, newArticleOnEveryInstance: onEveryInstance, newArticleOnInstanceMs: onInstances,
    },
  };

  const loadRows = loads.map((l) => [
    l.via === 'nginx' ? `${l.name} via nginx` : `${l.name} direct (1 instance)`, l.path.length > 40 ? `${l.path.slice(0, 37)}...` : l.path,
    `${(l.bytesPerResponse / 1024).toFixed(0)} KB`, l.requestsPerSecond.toFixed(0), ms(l.p50Ms), ms(l.p99Ms), String(l.non2xx + l.errors), pct(l.fromCacheRatio),
    l.originRequests === undefined ? '' : (l.originRequests / settings.duration).toFixed(1), l.via === 'nginx' ? statusSummary(l.cacheStatus) : '',
  ]);
  const pub = (r: PublishResult) => [ms(r.newArticleMs), ms(r.sectionFrontMs), ms(r.editMs)];
  const article = loads.find((l) => l.name === 'article' && l.via === 'nginx');
  console.log(`\nLoad: ${settings.connections} connections, ${settings.duration} s per URL; ${opts.articles} articles; ${INSTANCES} standalone instances behind nginx`);
  console.log(formatTable(['run', 'path', 'size', 'req/s', 'p50', 'p99', 'non-2xx', 'from cache', 'origin req/s', 'X-Cache-Status'], loadRows));
  console.log(`\nnginx ÷ direct on the article: ${article ? (article.requestsPerSecond / direct.requestsPerSecond).toFixed(1) : 'n/a'}×`);
  console.log(`\nPublishing (polled every 100 ms; background load ${publish.paths.join(' ')} through nginx, 8 connections):`);
  console.log(formatTable(['', 'new article 200', 'on section front', 'edited headline'], [
    ['through nginx', ...pub(publish.viaNginx)], ['one instance directly', ...pub(publish.viaDirect)],
  ]));
  console.log(`background load: ${statusSummary(publish.background)}`);
  console.log(`X-Cache-Status with the draft-mode cookie: ${bypass.draftCookie}; on /api/: ${bypass.api}`);
  console.log(`new article served by every instance: ${onEveryInstance ? 'yes' : 'NO'} (checked directly after the runs: ${onInstances.map(ms).join(', ')})`);
  console.log(`instances: start ${instances.map((i) => ms(i.startupMs)).join(', ')}; RSS after load ${rssAfterLoad.map(mb).join(', ')}`);
  const cpu = `${facts.cpu}, ${facts.cores} cores, Node ${process.version}`;
  console.log(`machine: ${cpu}; load average at start ${(facts.loadAverageAtStart as number[]).map((l) => l.toFixed(1)).join(' ')}; ${result.machine.benchSeconds.toFixed(0)} s in all`);
  const dir = path.join(__dirname, 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${result.date.slice(0, 10)}-cluster.json`);
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`written: ${path.relative(process.cwd(), file)}`);
}

main()
  .catch((err) => {
    console.error(`bench:cluster failed: ${(err as Error).stack ?? err}`);
    process.exitCode = 1;
  })
  .finally(() => {
    closeConnections();
    return stopAll();
  });
