// The worker thread that renders large article bodies (see render-body.ts): one message in, one HTML string out.
import { parentPort } from 'node:worker_threads';
import { renderMarkdown } from './markdown';

parentPort?.on('message', ({ id, markdown }: { id: number; markdown: string }) => {
  try {
    parentPort!.postMessage({ id, html: renderMarkdown(markdown) });
  } catch (err) {
    parentPort!.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
