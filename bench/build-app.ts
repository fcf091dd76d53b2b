// `next build` into its own folder, timed, with the peak memory of the whole build process tree.
import fs from 'node:fs';
import path from 'node:path';
import { samplePeakRss } from './proc-memory';
import { onCleanup, remove, start } from './processes';

/** The project root (bench/ sits in it). */
export const ROOT = path.join(__dirname, '..');
/** Where the benchmark builds to, apart from the developer's `.next` and the tests' `.next-test`. */
export const DIST_DIR = '.next-bench';
/** The Next.js command-line entry point. */
export const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');

/** One build: wall time, peak resident memory of its process tree, and the archive it saw. */
export interface BuildResult {
  seconds: number;
  peakRssBytes: number;
  articles: number;
  contentDir: string;
  /** The end of what the build printed: the route table, which says which routes were prerendered. */
  outputTail: string;
}

/**
 * Next rewrites tsconfig.json (adds `<distDir>/types/**` to `include`) and next-env.d.ts (imports from
 * `<distDir>/types`) for whichever dist folder it builds. Those files belong to the project, so after the build
 * they get back exactly what they held, when the only change was that one.
 */
function guardProjectFiles(): () => void {
  const read = (file: string) => (fs.existsSync(path.join(ROOT, file)) ? fs.readFileSync(path.join(ROOT, file), 'utf8') : undefined);
  const tsconfig = read('tsconfig.json');
  const nextEnv = read('next-env.d.ts');
  const withoutBenchTypes = (text: string) => {
    const config = JSON.parse(text) as { include?: string[] };
    config.include = config.include?.filter((p) => !p.startsWith(`${DIST_DIR}/`));
    return JSON.stringify(config);
  };
  return () => {
    const tsconfigNow = read('tsconfig.json');
    try {
      if (tsconfig && tsconfigNow && tsconfigNow !== tsconfig && withoutBenchTypes(tsconfigNow) === withoutBenchTypes(tsconfig)) {
        fs.writeFileSync(path.join(ROOT, 'tsconfig.json'), tsconfig);
      }
    } catch {
      // Not plain JSON any more (someone edited it): leave it alone.
    }
    const nextEnvNow = read('next-env.d.ts');
    if (nextEnv && nextEnvNow !== nextEnv && nextEnvNow?.includes(`./${DIST_DIR}/`)) fs.writeFileSync(path.join(ROOT, 'next-env.d.ts'), nextEnv);
  };
}

/** Removes the benchmark's build folder. */
export function cleanBuild(keepCache = false): void {
  const dist = path.join(ROOT, DIST_DIR);
  if (!keepCache || !fs.existsSync(dist)) return remove(dist);
  for (const entry of fs.readdirSync(dist)) if (entry !== 'cache') remove(path.join(dist, entry));
}

/**
 * Builds the app from scratch with CONTENT_DIR set to `contentDir`: the dist folder is removed first, all of it,
 * or all but its `cache` folder with `keepCache` (as a redeploy that runs `next build` in place leaves it).
 */
export async function buildApp(contentDir: string, articles: number, keepCache = false): Promise<BuildResult> {
  cleanBuild(keepCache);
  const restore = guardProjectFiles();
  const forget = onCleanup(restore);
  const started = performance.now();
  const child = start(process.execPath, [NEXT_BIN, 'build'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: DIST_DIR, CONTENT_DIR: contentDir },
  });
  const sampler = samplePeakRss(child.pid);
  const code = await child.exited;
  const seconds = (performance.now() - started) / 1000;
  const peakRssBytes = sampler.stop();
  await child.stop();
  restore();
  forget();
  if (code !== 0) throw new Error(`next build (${articles} articles) failed with ${code}:\n${child.output().slice(-4000)}`);
  return { seconds, peakRssBytes, articles, contentDir, outputTail: child.output().slice(-2000) };
}
