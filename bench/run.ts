// `npm run bench [-- --articles 10000 --seed 1 --duration 10 --connections 20 --skip-build --keep]`:
// builds and serves the site on a synthetic archive, measures it, prints the figures against their targets
// and writes bench/results/<date>-<articles>.json.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp, DIST_DIR, ROOT, type BuildResult } from './build-app';
import { generateArchive, startOfToday } from './generate-archive';
import { closeConnections } from './http-probe';
import { chooseArticles, measureSite } from './measure-site';
import { startNext } from './next-server';
import { installExitHandlers, onCleanup, remove, stopAll } from './processes';
import { formatReport, referenceResult, targets, writeResult, type BenchResult } from './report';
import { benchOptions, type BenchOptions } from './options';

const USAGE = 'usage: npm run bench -- [--articles 10000] [--seed 1] [--duration 10] [--connections 20] [--skip-build] [--keep]';
/** Which archive the build in .next-bench was made with, for --skip-build. */
const LAST_BUILD = path.join(__dirname, 'tmp', 'last-build.json');

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

function options(): BenchOptions {
  return benchOptions(USAGE, { articles: 10000, minArticles: 100 });
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function machine(): Record<string, unknown> {
  const cpus = os.cpus();
  const nextVersion = (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'next', 'package.json'), 'utf8')) as { version: string }).version;
  return {
    cpu: cpus[0]?.model ?? 'unknown', cores: cpus.length, memoryBytes: os.totalmem(), node: process.version,
    platform: `${os.platform()} ${os.release()}`, next: nextVersion, loadAverageAtStart: os.loadavg(),
    commit: git(['rev-parse', 'HEAD']), uncommittedChanges: git(['status', '--porcelain']).split('\n').filter(Boolean).length,
  };
}

async function builds(opts: ReturnType<typeof options>, tmp: string, contentDir: string): Promise<BenchResult['build']> {
  if (opts.skipBuild) {
    if (!fs.existsSync(path.join(ROOT, DIST_DIR)) || !fs.existsSync(LAST_BUILD)) throw new Error('--skip-build: no earlier bench build; run once without it');
    const last = JSON.parse(fs.readFileSync(LAST_BUILD, 'utf8')) as { full: BuildResult; small: BuildResult; ratio: number };
    if (last.full.articles !== opts.articles) log(`note: reusing a build made with ${last.full.articles} articles`);
    return { ...last, reused: true };
  }
  const small = generateArchive({ articles: 100, seed: opts.seed, out: path.join(tmp, 'content-100') });
  log('next build with 100 articles');
  const smallBuild = await buildApp(small.dir, 100);
  log(`  ${smallBuild.seconds.toFixed(1)} s; next build with ${opts.articles} articles`);
  const full = await buildApp(contentDir, opts.articles);
  log(`  ${full.seconds.toFixed(1)} s`);
  const result = { full, small: smallBuild, ratio: full.seconds / smallBuild.seconds };
  fs.mkdirSync(path.dirname(LAST_BUILD), { recursive: true });
  fs.writeFileSync(LAST_BUILD, `${JSON.stringify(result, null, 2)}\n`);
  return { ...result, reused: false };
}

async function main() {
  const opts = options();
  installExitHandlers();
  const startedAt = new Date();
  const facts = machine();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'courier-bench-'));
  if (opts.keep) log(`keeping ${tmp}`);
  else onCleanup(() => remove(tmp));

  log(`generating ${opts.articles} articles (seed ${opts.seed})`);
  const archive = generateArchive({ articles: opts.articles, seed: opts.seed, out: path.join(tmp, 'content'), until: startOfToday() });
  log(`  ${(archive.bytes / 1024 / 1024).toFixed(0)} MB in ${archive.seconds.toFixed(1)} s at ${archive.dir}`);
  const build = await builds(opts, tmp, archive.dir);

  const { warm } = chooseArticles(archive);
  log(`next start; polling ${warm.url}`);
  const server = await startNext(archive.dir, warm.url);
  log(`  answered after ${(server.startupMs / 1000).toFixed(2)} s`);
  const { rssAfterLoadBytes, rssAtEndBytes, ...figures } = await measureSite(server, archive, opts.seed, { duration: opts.duration, connections: opts.connections });
  await server.stop();
  // A restart of the same build on the same folder starts from the file index the first run wrote.
  log('restart: next start again on the same build and folder');
  const again = await startNext(archive.dir, warm.url);
  log(`  answered after ${(again.startupMs / 1000).toFixed(2)} s`);
  await again.stop();
  // A redeploy: a new build in place (Next's cache folder, and the index in it, stay) on the same content.
  let newBuildMs: number | undefined;
  if (!opts.skipBuild) {
    log('new build on the same content, then next start');
    await buildApp(archive.dir, opts.articles, true);
    const redeployed = await startNext(archive.dir, warm.url);
    newBuildMs = redeployed.startupMs;
    log(`  answered after ${(newBuildMs / 1000).toFixed(2)} s`);
    await redeployed.stop();
  }
  closeConnections();

  const result: BenchResult = {
    date: startedAt.toISOString(),
    settings: { articles: opts.articles, seed: opts.seed, duration: opts.duration, connections: opts.connections, skipBuild: opts.skipBuild },
    machine: { ...facts, loadAverageAtEnd: os.loadavg(), benchSeconds: (Date.now() - startedAt.getTime()) / 1000 },
    archive: { articles: archive.articles.length, bytes: archive.bytes, seconds: archive.seconds, writeSeconds: archive.writeSeconds, until: archive.until, contentDir: archive.dir },
    build,
    startup: { ms: server.startupMs, restartMs: again.startupMs, newBuildMs, rssAfterStartBytes: server.rssAfterStart, rssAfterLoadBytes, rssAtEndBytes },
    ...figures,
  };
  result.targets = targets(result, referenceResult(path.join(__dirname, 'results'), opts.articles));
  console.log(`\n${formatReport(result)}\n`);
  const cpu = `${facts.cpu}, ${facts.cores} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}`;
  console.log(`machine: ${cpu}; load average at start ${(facts.loadAverageAtStart as number[]).map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`written: ${path.relative(process.cwd(), writeResult(result))}`);
}

main()
  .catch((err) => {
    console.error(`bench failed: ${(err as Error).stack ?? err}`);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
