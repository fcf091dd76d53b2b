// Child processes of the benchmark: each runs in its own process group, so stopping it stops its whole
// tree (next build's workers, nginx's workers), and everything still running is stopped on exit or Ctrl-C.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import fs from 'node:fs';

/** A started child process and what it printed. */
export interface Child {
  process: ChildProcess;
  pid: number;
  output(): string;
  /** Resolves with the exit code (or the signal's name) when the process ends. */
  exited: Promise<number | string>;
  stop(): Promise<void>;
}

const running = new Set<Child>();
const cleanups = new Set<() => void>();

/** Registers a synchronous clean-up (removing temp files) to run on exit, error or Ctrl-C. */
export function onCleanup(fn: () => void): () => void {
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** Starts `command` in a new process group and keeps the last 64 KB of its output. */
export function start(command: string, args: string[], options: SpawnOptions = {}): Child {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-65_536);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  const pid = child.pid;
  let ended = false;
  const handle: Child = {
    process: child,
    pid,
    output: () => output,
    exited,
    stop: async () => {
      if (!running.delete(handle)) return;
      if (!ended) {
        signalGroup(pid, 'SIGTERM');
        const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      // Members of the group may outlive its leader; the group id cannot be reused while any of them lives.
      signalGroup(pid, 'SIGKILL');
    },
  };
  running.add(handle);
  exited.then(() => (ended = true));
  return handle;
}

/** Stops every child still running and runs the clean-ups. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((c) => c.stop()));
  runCleanups();
}

function runCleanups(): void {
  for (const fn of [...cleanups].reverse()) {
    try {
      fn();
    } catch (err) {
      console.error(`clean-up failed: ${(err as Error).message}`);
    }
  }
  cleanups.clear();
}

/** Stops children and cleans up on Ctrl-C, SIGTERM and at exit, whatever happens. */
export function installExitHandlers(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping the benchmark's processes`);
      stopAll().finally(() => process.exit(130));
    });
  }
  process.once('exit', () => {
    for (const child of running) signalGroup(child.pid, 'SIGKILL');
    runCleanups();
  });
}

/** Removes a file or folder if it exists. */
export function remove(target: string): void {
  fs.rmSync(target, { recursive: true, force: true });
}
