import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

/** The folder the test build is written to (see tests/global-setup.js). */
export const TEST_DIST_DIR = process.env.TEST_DIST_DIR || '.next-test';

/** A `next start` server on a free port, reading the given content folder. */
export interface TestServer {
  url: string;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
  /** Ends the process at once (SIGKILL), as a crash or an out-of-memory kill would: no shutdown code runs. */
  kill(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

const STOP_GRACE_MS = 10_000;

/** Starts the built app with `next start` and waits until it answers. */
export async function startServer(contentDir: string, env: Record<string, string> = {}): Promise<TestServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: path.join(__dirname, '..', '..'),
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: TEST_DIST_DIR, CONTENT_DIR: contentDir, SITE_URL: url, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${output}`);
    try {
      const res = await fetch(`${url}/`);
      if (res.status < 500) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer within 30 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const end = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      // Next finishes the requests and background renders in flight before it exits, which on a loaded CI machine
      // once took over 5 s; past STOP_GRACE_MS the test moves on and the process is killed, saying so in its output.
      const late = setTimeout(() => {
        output += `\n[test] next start did not exit within ${STOP_GRACE_MS / 1000} s of ${signal}: killed\n`;
        child.kill('SIGKILL');
      }, STOP_GRACE_MS);
      child.once('exit', () => {
        clearTimeout(late);
        resolve();
      });
      child.kill(signal);
    });
  return { url, output: () => output, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}
