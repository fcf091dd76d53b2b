// `next start` on the benchmark build, timed from spawn to the first good answer.
import { DIST_DIR, NEXT_BIN, ROOT } from './build-app';
import { freePort, get, sleep } from './http-probe';
import { treeRss } from './proc-memory';
import { start, type Child } from './processes';

/** A running production server. */
export interface BenchServer {
  url: string;
  child: Child;
  /** From spawn to the first 200 for `probePath` (ms). */
  startupMs: number;
  /** Resident memory of the server's process tree right after that first answer (bytes). */
  rssAfterStart: number;
  rss(): number;
  stop(): Promise<void>;
}

/** Starts `next start` on a free loopback port and polls `probePath` every 20 ms until it answers 200. */
export async function startNext(contentDir: string, probePath: string, timeoutMs = 180_000): Promise<BenchServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = start(process.execPath, [...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : []), NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: {
      ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: DIST_DIR, CONTENT_DIR: contentDir, SITE_URL: url,
    },
  });
  let ended = false;
  child.exited.then(() => (ended = true));
  for (;;) {
    if (ended) throw new Error(`next start exited before answering:\n${child.output().slice(-4000)}`);
    const status = await get(`${url}${probePath}`, 60_000).then((r) => r.status, () => 0);
    if (status === 200) break;
    if (status >= 300 && status < 500) throw new Error(`${probePath} answered ${status} instead of 200:\n${child.output().slice(-4000)}`);
    if (performance.now() - started > timeoutMs) throw new Error(`next start did not answer within ${timeoutMs / 1000} s`);
    await sleep(20);
  }
  const startupMs = performance.now() - started;
  return { url, child, startupMs, rssAfterStart: treeRss(child.pid), rss: () => treeRss(child.pid), stop: () => child.stop() };
}
