import { Worker } from 'node:worker_threads';
import { OVERSIZED_BODY_NOTICE, renderMarkdown } from './markdown';

/** Bodies up to this size render on the server's main thread: a few tens of milliseconds, less than a hand-off. */
export const INLINE_RENDER_BYTES = 4 * 1024;
/** A render that runs longer than this is stopped, and readers see the notice in place of the body. */
export const RENDER_DEADLINE_MS = 10_000;

interface Job {
  id: number;
  markdown: string;
  resolve: (html: string) => void;
}

// One worker: renders are rare (each body once per version, cached by digest) and the second core serves pages.
const state: { worker?: Worker; unavailable?: boolean; queue: Job[]; running?: Job; timer?: NodeJS.Timeout; nextId: number } = { queue: [], nextId: 1 };

function finish(job: Job, html: string) {
  clearTimeout(state.timer);
  state.running = undefined;
  job.resolve(html);
  runNext();
}

function startWorker(): Worker | undefined {
  if (state.unavailable) return undefined;
  try {
    const worker = new Worker(new URL('./markdown-worker.ts', import.meta.url));
    worker.unref();
    worker.on('message', ({ id, html, error }: { id: number; html?: string; error?: string }) => {
      if (state.running?.id !== id) return;
      if (error !== undefined) console.error(`markdown: a body could not be rendered (${error}); readers see a notice`);
      finish(state.running, html ?? OVERSIZED_BODY_NOTICE);
    });
    worker.on('error', (err) => console.error('markdown: the render worker failed', err));
    worker.on('exit', () => {
      if (state.worker === worker) state.worker = undefined;
      if (state.running) finish(state.running, OVERSIZED_BODY_NOTICE);
    });
    return worker;
  } catch (err) {
    // No worker threads here (a test runner that cannot load the worker file): render on this thread.
    state.unavailable = true;
    console.warn('markdown: no render worker, bodies render on the main thread', err);
    return undefined;
  }
}

function runNext(): void {
  if (state.running) return;
  const job = state.queue.shift();
  if (!job) return;
  state.worker ??= startWorker();
  if (!state.worker) {
    job.resolve(renderMarkdown(job.markdown));
    return runNext();
  }
  state.running = job;
  state.timer = setTimeout(() => {
    console.error(`markdown: a body took over ${RENDER_DEADLINE_MS / 1000} s to render and was stopped; readers see a notice`);
    const worker = state.worker;
    state.worker = undefined;
    finish(job, OVERSIZED_BODY_NOTICE);
    void worker?.terminate();
  }, RENDER_DEADLINE_MS);
  state.worker.postMessage({ id: job.id, markdown: job.markdown });
}

/**
 * An article body as safe HTML (renderMarkdown), rendered off the main thread when it is large, so no single
 * file holds up the pages of other readers while it renders, and stopped if it runs past RENDER_DEADLINE_MS.
 */
export function renderBody(markdown: string): Promise<string> {
  if (markdown.length <= INLINE_RENDER_BYTES && Buffer.byteLength(markdown) <= INLINE_RENDER_BYTES) {
    return Promise.resolve(renderMarkdown(markdown));
  }
  return new Promise((resolve) => {
    state.queue.push({ id: state.nextId++, markdown, resolve });
    runNext();
  });
}
