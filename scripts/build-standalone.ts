// `npm run build:standalone`: `next build` with `output: 'standalone'`, then the copies Next leaves to us.
//
// Next writes a self-contained server to `<distDir>/standalone/` (server.js, the traced node_modules and the
// server bundles) but, as its docs say, not the browser assets: `<distDir>/static` and `public/` must be copied
// in. The result runs with `node <distDir>/standalone/server.js` and needs nothing else from the project,
// except the content folder, which is data read at run time (set CONTENT_DIR).
//
// NEXT_DIST_DIR picks the dist folder as for `next build` (default `.next`).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The project root (scripts/ sits in it). */
export const ROOT = path.join(__dirname, '..');

/** What a standalone build produced. */
export interface StandaloneBuild {
  /** The dist folder, relative to the project root (`.next` unless NEXT_DIST_DIR says otherwise). */
  distDir: string;
  /** The folder to deploy: `<distDir>/standalone`. */
  standaloneDir: string;
  /** The server entry point: `<standaloneDir>/server.js`. */
  serverJs: string;
}

/**
 * Next adds `<distDir>/types/**` to tsconfig.json's `include`, and points next-env.d.ts at `<distDir>/types`, for
 * whichever dist folder it builds. For a folder other than `.next` those edits are noise (tsconfig.json is
 * tracked), so they are undone when they were the only change.
 */
function guardProjectFiles(distDir: string): () => void {
  const tsconfig = path.join(ROOT, 'tsconfig.json');
  const nextEnv = path.join(ROOT, 'next-env.d.ts');
  const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined);
  const tsconfigBefore = read(tsconfig);
  const nextEnvBefore = read(nextEnv);
  const withoutDist = (text: string) => {
    const config = JSON.parse(text) as { include?: string[] };
    config.include = config.include?.filter((p) => !p.startsWith(`${distDir}/`));
    return JSON.stringify(config);
  };
  return () => {
    if (distDir === '.next') return;
    const tsconfigAfter = read(tsconfig);
    try {
      if (tsconfigBefore && tsconfigAfter && tsconfigAfter !== tsconfigBefore && withoutDist(tsconfigAfter) === withoutDist(tsconfigBefore)) {
        fs.writeFileSync(tsconfig, tsconfigBefore);
      }
    } catch {
      // Not plain JSON any more: someone else edited it, leave it alone.
    }
    const nextEnvAfter = read(nextEnv);
    if (nextEnvBefore && nextEnvAfter !== nextEnvBefore && nextEnvAfter?.includes(`./${distDir}/`)) fs.writeFileSync(nextEnv, nextEnvBefore);
  };
}

/** Copies `from` (a folder) to `to`, replacing whatever was at `to`. Does nothing when `from` does not exist. */
function replaceFolder(from: string, to: string): boolean {
  if (!fs.existsSync(from)) return false;
  fs.rmSync(to, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.cpSync(from, to, { recursive: true });
  return true;
}

/**
 * Copies the browser assets into the standalone folder, as Next's docs require: `<distDir>/static` to
 * `<distDir>/standalone/<distDir>/static` (served as /_next/static/) and `public/` (if any) to
 * `<distDir>/standalone/public`. Returns the folders it copied, relative to the project root.
 */
export function copyAssets(distDir: string): string[] {
  const dist = path.join(ROOT, distDir);
  const standalone = path.join(dist, 'standalone');
  const copied: string[] = [];
  if (replaceFolder(path.join(dist, 'static'), path.join(standalone, distDir, 'static'))) copied.push(`${distDir}/static`);
  if (replaceFolder(path.join(ROOT, 'public'), path.join(standalone, 'public'))) copied.push('public');
  return copied;
}

/**
 * Paths in the standalone folder that must not be there: a copy of the content folder (the server would read
 * that stale copy whenever CONTENT_DIR is unset) or of the project's sources, which means file tracing swept
 * up the whole project. Both come from a file-system call Turbopack cannot scope (see the build's warnings).
 */
export function strayFiles(standaloneDir: string): string[] {
  return ['content', 'tests', 'docs', 'bench'].filter((name) => fs.existsSync(path.join(standaloneDir, name)));
}

/** Settings of `buildStandalone`. */
export interface BuildOptions {
  /** The dist folder (default NEXT_DIST_DIR, else `.next`). */
  distDir?: string;
  /** Extra environment for `next build` (CONTENT_DIR, …). */
  env?: Record<string, string | undefined>;
  /** Keep the build's output (shown only if it fails) instead of printing it. */
  quiet?: boolean;
}

function runNextBuild(distDir: string, env: Record<string, string | undefined>, quiet: boolean): Promise<void> {
  const nextBin = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
  const child = spawn(process.execPath, [nextBin, 'build'], {
    cwd: ROOT,
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, ...env, NODE_ENV: 'production', NEXT_OUTPUT: 'standalone', NEXT_DIST_DIR: distDir },
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`next build failed (${code ?? signal})${quiet ? `:\n${output}` : ''}`));
    });
  });
}

/** Runs `next build` with `output: 'standalone'`, then copies the assets into the standalone folder and checks it. */
export async function buildStandalone(options: BuildOptions = {}): Promise<StandaloneBuild> {
  const distDir = options.distDir ?? (process.env.NEXT_DIST_DIR || '.next');
  const standaloneDir = path.join(ROOT, distDir, 'standalone');
  // Next adds to this folder but does not empty it: a file left by an earlier build would ship again.
  fs.rmSync(standaloneDir, { recursive: true, force: true });
  const restoreProjectFiles = guardProjectFiles(distDir);
  try {
    await runNextBuild(distDir, options.env ?? {}, options.quiet ?? false);
  } finally {
    restoreProjectFiles();
  }
  const serverJs = path.join(standaloneDir, 'server.js');
  if (!fs.existsSync(serverJs)) throw new Error(`${path.relative(ROOT, serverJs)} is missing: was output: 'standalone' set?`);
  const stray = strayFiles(standaloneDir);
  if (stray.length) {
    throw new Error(`the standalone output holds project folders it must not ship (${stray.join(', ')}): ` +
      'a file-system path in the server code is traced as the whole project; see the build warning');
  }
  const copied = copyAssets(distDir);
  if (!options.quiet) console.log(`\nstandalone server: ${path.relative(ROOT, standaloneDir)} (copied ${copied.join(' and ') || 'nothing'} into it)`);
  return { distDir, standaloneDir, serverJs };
}

if (require.main === module) {
  buildStandalone().then(
    ({ serverJs }) => {
      console.log(`run it: PORT=3000 HOSTNAME=127.0.0.1 CONTENT_DIR=/srv/content SITE_URL=https://example.com node ${path.relative(ROOT, serverJs)}`);
    },
    (err: Error) => {
      console.error(`build:standalone: ${err.message}`);
      process.exit(1);
    },
  );
}
