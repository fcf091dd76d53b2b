// `tsx bench/fixture-load.ts [--seconds 30] [--connections 50]`: the outside load test of the fixture newsroom
// (tests/fixtures/newsroom) against `next start` on the benchmark build, with no warm-up and no writer: front,
// sections, articles, search and feeds from a cold start. Prints throughput, percentiles and the slowest URLs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { buildApp, DIST_DIR, ROOT } from './build-app';
import { startNext } from './next-server';
import { installExitHandlers, onCleanup, remove, stopAll } from './processes';

const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'newsroom');
const PATHS = [
  '/', '/news', '/sport', '/news/river-story-23', '/news/river-story-12', '/news/full-anatomy', '/news/minimal',
  '/search?q=river', '/search?q=flood+warning', '/feed.xml', '/news/feed.xml', '/atom.xml', '/sitemap.xml', '/tags', '/archive',
];

async function main() {
  const { values } = parseArgs({ options: { seconds: { type: 'string', default: '30' }, connections: { type: 'string', default: '50' } } });
  installExitHandlers();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'courier-fixture-load-'));
  onCleanup(() => remove(tmp));
  const dir = path.join(tmp, 'content');
  fs.cpSync(FIXTURE, dir, { recursive: true });
  if (!fs.existsSync(path.join(ROOT, DIST_DIR))) await buildApp(dir, 0);
  const server = await startNext(dir, '/');
  const slow: { path: string; ms: number; at: number }[] = [];
  const started = Date.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({
      url: server.url, connections: Number(values.connections), duration: Number(values.seconds), timeout: 10,
      requests: PATHS.filter((p) => !process.env.NO_SEARCH || !p.startsWith('/search')).map((p) => ({ method: 'GET', path: p })),
    }, (err, r) => (err ? reject(err) : resolve(r)));
    instance.on('response', (client, _status, _bytes, ms) => {
      if (ms > 250) slow.push({ path: (client as { requestIterator?: { currentRequest?: { path?: string } } }).requestIterator?.currentRequest?.path ?? '?', ms, at: (Date.now() - started) / 1000 });
    });
  });
  await server.stop();
  const byPath = new Map<string, number>();
  for (const s of slow) byPath.set(s.path, Math.max(byPath.get(s.path) ?? 0, s.ms));
  console.log(`requests ${result.requests.total} (${Math.round(result.requests.average)} req/s), non-2xx ${result.non2xx}, errors ${result.errors}`);
  console.log(`latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  const late = slow.filter((s) => s.at > 3);
  console.log(`after the first 3 s: max ${Math.round(Math.max(0, ...late.map((s) => s.ms)))} ms, ${late.length} over 250 ms`);
  const worst = [...slow].sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(`slowest: ${worst.map((s) => `${s.path} ${Math.round(s.ms)} ms at ${s.at.toFixed(1)} s`).join(', ')}`);
  console.log(`over 250 ms: ${slow.length}; slowest per URL: ${[...byPath].sort((a, b) => b[1] - a[1]).map(([p, ms]) => `${p} ${Math.round(ms)}`).join(', ') || 'none'}`);
}

main()
  .catch((err) => {
    console.error(`fixture load failed: ${(err as Error).stack ?? err}`);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
