// `npm run soak [-- --seconds 300 --connections 50 --articles 1000 --skip-build --result file.json]`: mixed traffic against
// `next start` while a writer adds, edits, breaks, fixes and deletes articles every second. Loopback only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { buildApp, DIST_DIR, ROOT } from './build-app';
import { generateArchive, startOfToday } from './generate-archive';
import { get, sleep } from './http-probe';
import { startNext } from './next-server';
import { installExitHandlers, onCleanup, remove, stopAll } from './processes';

const log = (message: string) => process.stderr.write(`[soak] ${message}\n`);
const SLOW_MS = 2000;

function options() {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '300' }, connections: { type: 'string', default: '50' },
      articles: { type: 'string', default: '1000' }, 'skip-build': { type: 'boolean', default: false },
      result: { type: 'string' },
    },
  });
  return {
    seconds: Number(values.seconds), connections: Number(values.connections), articles: Number(values.articles),
    skipBuild: values['skip-build']!, resultFile: values.result,
  };
}

const articleText = (title: string, date = '2026-01-01T09:00:00Z') =>
  `---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\nsection: Politics\nsummary: "Written by the soak test."\n---\nBody of ${title}.\n`;

/** Every second: add, edit, break, fix or delete, keeping the title each slug should end with (undefined: gone). */
function startWriter(contentDir: string) {
  const expected = new Map<string, string | undefined>();
  const folder = path.join(contentDir, 'articles', 'politics', 'soak');
  fs.mkdirSync(folder, { recursive: true });
  let tick = 0;
  const timer = setInterval(() => {
    const n = tick++;
    const slug = `soak-${Math.floor(n / 5)}`;
    const file = path.join(folder, `${slug}.md`);
    const step = n % 5;
    if (step === 0) fs.writeFileSync(file, articleText(`Soak story ${slug}`));
    if (step === 1) fs.writeFileSync(file, articleText(`Soak story ${slug}, edited`));
    if (step === 2) fs.writeFileSync(file, articleText(`Soak story ${slug}, broken`, 'tomorrow'));
    if (step === 3) fs.writeFileSync(file, articleText(`Soak story ${slug}, fixed`));
    // Every other story is deleted at its last step; the rest stay with their fixed headline.
    if (step === 4 && Math.floor(n / 5) % 2 === 0) fs.rmSync(file);
    expected.set(slug, step === 4 && Math.floor(n / 5) % 2 === 0 ? undefined : step === 2 ? expected.get(slug) : fs.readFileSync(file, 'utf8').match(/^title: "(.*)"$/m)?.[1]);
  }, 1000);
  return { expected, stop: () => clearInterval(timer) };
}

async function main() {
  const opts = options();
  installExitHandlers();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'courier-soak-'));
  onCleanup(() => remove(tmp));
  const archive = generateArchive({ articles: opts.articles, seed: 7, out: path.join(tmp, 'content'), until: startOfToday() });
  if (!opts.skipBuild || !fs.existsSync(path.join(ROOT, DIST_DIR))) await buildApp(archive.dir, opts.articles);
  const probe = archive.articles[archive.articles.length - 1];
  const server = await startNext(archive.dir, probe.url);
  log(`server up in ${(server.startupMs / 1000).toFixed(1)} s; ${opts.seconds} s of load with ${opts.connections} connections`);

  const paths = ['/', '/politics', '/search?q=council', '/feed.xml', ...archive.articles.slice(-20).map((a) => a.url)];
  const rss: number[] = [];
  const sampler = setInterval(() => rss.push(Math.round(server.rss() / 1024 / 1024)), 5000);
  const writer = startWriter(archive.dir);
  const started = Date.now();
  const slowest: { ms: number; path: string; at: number }[] = [];
  const worstByPath = new Map<string, number>();
  let instance: autocannon.Instance | undefined;
  const loaded = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon({
      url: server.url, connections: opts.connections, duration: opts.seconds, timeout: 10,
      requests: paths.map((p) => ({ method: 'GET', path: p })),
    }, (err, result) => (err ? reject(err) : resolve(result)));
  });
  // With no pipelining the client's current request is the one just answered: the slow URLs are named, not guessed.
  instance!.on('response', (client, _status, _bytes, ms) => {
    const url = (client as unknown as { requestIterator?: { currentRequest?: { path?: string } } }).requestIterator?.currentRequest?.path ?? '?';
    const kind = url.startsWith('/politics/') || url.split('/').length > 2 ? 'article' : url;
    worstByPath.set(kind, Math.max(worstByPath.get(kind) ?? 0, ms));
    if (ms > 500) slowest.push({ ms, path: url, at: (Date.now() - started) / 1000 });
  });
  const result = await loaded;
  writer.stop();
  clearInterval(sampler);

  const fiveXX = Object.entries(result.statusCodeStats ?? {}).filter(([code]) => code.startsWith('5')).reduce((n, [, s]) => n + s.count, 0);
  // Let the last write settle, then every story must show exactly its latest state.
  await sleep(5000);
  const wrong: string[] = [];
  for (const [slug, title] of writer.expected) {
    const page = await get(`${server.url}/politics/${slug}`);
    if (title === undefined ? page.status !== 404 : page.status !== 200 || !page.body.toString().includes(title)) wrong.push(`${slug}: HTTP ${page.status}, expected ${title ?? 'gone (404)'}`);
  }
  await server.stop();

  console.log(`requests ${result.requests.total}, 5xx ${fiveXX}, errors ${result.errors}, timeouts ${result.timeouts}`);
  console.log(`latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms (limit ${SLOW_MS} ms)`);
  console.log(`slowest by page: ${[...worstByPath].map(([k, ms]) => `${k} ${Math.round(ms)} ms`).join(', ')}`);
  const top = slowest.sort((a, b) => b.ms - a.ms).slice(0, 8);
  const overAfterStart = slowest.filter((s) => s.at > 5).length;
  const bySecond = new Map<number, number>();
  for (const s of slowest) bySecond.set(Math.floor(s.at), (bySecond.get(Math.floor(s.at)) ?? 0) + 1);
  if (process.env.SOAK_DETAIL) {
    for (const [sec] of bySecond) {
      const inSecond = slowest.filter((s) => Math.floor(s.at) === sec);
      const kinds = new Map<string, number>();
      for (const s of inSecond) kinds.set(s.path.split('/').length > 2 ? 'article' : s.path, (kinds.get(s.path.split('/').length > 2 ? 'article' : s.path) ?? 0) + 1);
      console.log(`  ${sec}s: ${[...kinds].map(([k, n]) => `${k}×${n}`).join(' ')}, max ${Math.round(Math.max(...inSecond.map((s) => s.ms)))} ms`);
    }
  }
  console.log(`responses over 500 ms: ${slowest.length} (${overAfterStart} after the first 5 s)${top.length ? `; slowest ${top.map((s: { ms: number; path: string; at: number }) => `${s.path} ${Math.round(s.ms)} ms at ${s.at.toFixed(1)} s`).join(', ')}` : ''}`);
  console.log(`responses over 500 ms by second of the run: ${[...bySecond].map(([sec, n]) => `${sec}s:${n}`).join(' ') || 'none'}`);
  console.log(`server RSS every 5 s (MB): ${rss.join(' ')}`);
  console.log(`stories written ${writer.expected.size}, wrong at the end ${wrong.length}${wrong.length ? `:\n  ${wrong.join('\n  ')}` : ''}`);
  const failed = fiveXX + result.errors + result.timeouts + wrong.length + (result.latency.max > SLOW_MS ? 1 : 0);
  console.log(failed ? 'soak: FAILED' : 'soak: passed');
  // CI counts the soak as one test (.ci/run).
  if (opts.resultFile) {
    fs.writeFileSync(opts.resultFile, JSON.stringify({
      passed: !failed, seconds: opts.seconds, requests: result.requests.total, fiveXX, errors: result.errors, timeouts: result.timeouts,
      p99Ms: result.latency.p99, maxMs: result.latency.max, wrong, rssMb: rss,
    }, null, 2));
  }
  process.exitCode = failed ? 1 : 0;
}

main()
  .catch((err) => {
    console.error(`soak failed: ${(err as Error).stack ?? err}`);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
