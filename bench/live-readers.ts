// `npm run bench:live [-- --readers 1000 --seconds 20 --skip-build]`: what a live blog's open pages cost the server.
// Each reader polls /api/live/<slug> every 5 s as the page's island does (1,000 readers: 200 requests a second),
// first with nothing changed (empty 304s), then as if the file had just changed for all of them (every poll a full
// answer, the worst second of a story). Prints req/s, latency and the server's CPU; writes bench/results/<date>-live.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { buildApp, DIST_DIR, ROOT } from './build-app';
import { startNext } from './next-server';
import { treeCpuSeconds } from './proc-memory';
import { installExitHandlers, onCleanup, remove, stopAll } from './processes';

const POLL_SECONDS = 5;
const SLUG = 'coalition-talks-live';
const FILE = path.join('articles', 'politics', '2026-12-07-coalition-talks-live.md');
const log = (message: string) => process.stderr.write(`[live] ${message}\n`);

interface Phase { name: string; requestsPerSecond: number; p50Ms: number; p99Ms: number; statusCodes: Record<string, number>; errors: number; serverCpuPercent: number }

async function phase(name: string, url: string, readers: number, seconds: number, etag: string, pid: number): Promise<Phase> {
  const cpuBefore = treeCpuSeconds(pid);
  const started = performance.now();
  const result = await autocannon({ url, connections: readers, overallRate: readers / POLL_SECONDS, duration: seconds, headers: { 'if-none-match': etag }, timeout: 30 });
  const elapsed = (performance.now() - started) / 1000;
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count]));
  return {
    name, requestsPerSecond: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99, statusCodes,
    errors: result.errors + result.timeouts, serverCpuPercent: ((treeCpuSeconds(pid) - cpuBefore) / elapsed) * 100,
  };
}

/** The built chunk that holds the polling island, and its size raw and gzipped. */
function islandChunk(): { file: string; bytes: number; gzipBytes: number } | undefined {
  const dir = path.join(ROOT, DIST_DIR, 'static', 'chunks');
  for (const name of fs.readdirSync(dir)) {
    const text = fs.readFileSync(path.join(dir, name));
    if (name.endsWith('.js') && text.includes('live-entry__time')) return { file: name, bytes: text.length, gzipBytes: zlib.gzipSync(text, { level: 9 }).length };
  }
  return undefined;
}

async function main() {
  const { values } = parseArgs({ options: { readers: { type: 'string', default: '1000' }, seconds: { type: 'string', default: '20' }, 'skip-build': { type: 'boolean', default: false } } });
  const readers = Number(values.readers);
  const seconds = Number(values.seconds);
  installExitHandlers();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-live-'));
  onCleanup(() => remove(dir));
  fs.cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
  const file = path.join(dir, FILE);
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^liveEnds: .*$/m, `liveEnds: ${new Date(Date.now() + 3_600_000).toISOString()}`));
  if (!values['skip-build']) {
    log('building');
    await buildApp(dir, 40);
  }
  const server = await startNext(dir, `/politics/${SLUG}`);
  const url = `${server.url}/api/live/${SLUG}`;
  const first = await fetch(url);
  const etag = first.headers.get('etag')!;
  const answerBytes = (await first.text()).length;
  log(`${readers} readers polling every ${POLL_SECONDS} s for ${seconds} s, nothing changed`);
  const unchanged = await phase('unchanged (304)', url, readers, seconds, etag, server.child.pid);
  log(`${readers} readers whose copy is out of date`);
  const changed = await phase('just changed (200, full entries)', url, readers, seconds, '"an-old-version"', server.child.pid);
  const rss = server.rss();
  await server.stop();
  const island = islandChunk();
  const result = { date: new Date().toISOString(), readers, pollSeconds: POLL_SECONDS, seconds, answerBytes, island, phases: [unchanged, changed], rssAfterBytes: rss };
  console.log(`\nLive blog, ${readers} open readers polling every ${POLL_SECONDS} s (${readers / POLL_SECONDS} req/s offered), ${seconds} s each:`);
  console.log('| phase | req/s | p50 ms | p99 ms | status codes | errors | server CPU (% of one core) |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const p of result.phases) {
    console.log(`| ${p.name} | ${p.requestsPerSecond.toFixed(0)} | ${p.p50Ms} | ${p.p99Ms} | ${JSON.stringify(p.statusCodes)} | ${p.errors} | ${p.serverCpuPercent.toFixed(1)} |`);
  }
  console.log(`full answer: ${answerBytes} bytes; island script: ${island ? `${island.bytes} bytes (${island.gzipBytes} gzipped)` : 'not found'}; server RSS after: ${(rss / 1048576).toFixed(0)} MB`);
  const out = path.join(__dirname, 'results', `${result.date.slice(0, 10)}-live.json`);
  fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  log(`wrote ${path.relative(ROOT, out)}`);
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
