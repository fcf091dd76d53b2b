import { Worker } from 'node:worker_threads';
import type { SearchDoc } from './sqlite-index';

/** A document to index, its body still to be read from `file` (relative to the content folder). */
export type FillDoc = Omit<SearchDoc, 'body'> & { file: string };

const BATCH = 100;
/**
 * The worker's heap limit. A fill turns half a gigabyte of Markdown into short-lived strings; on the main thread V8
 * let that garbage grow the heap past 1 GB before collecting it, and the server kept the memory. A small heap is
 * collected often, and whatever it holds goes back to the system when the worker ends.
 */
const HEAP_MB = 160;

/**
 * Indexes `items` into the search database at `file` on a worker thread: the reading, Markdown-to-text and FTS
 * work of a large fill runs on the second core while the main thread keeps answering, and searches read what each
 * committed batch added. Each batch is made into documents (`toDoc`) as it is sent, so a fill of 100,000 never holds
 * them all; `onBatch` hears of every batch committed. Resolves to how many items, from the start, were indexed: all
 * of them, or fewer when the worker failed or could not start (the caller indexes the rest itself).
 */
export function fillInWorker<T>(
  file: string, items: readonly T[], toDoc: (item: T) => FillDoc, onBatch: (done: FillDoc[]) => void,
): Promise<number> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./fill-worker.ts', import.meta.url), {
        workerData: { file },
        resourceLimits: { maxOldGenerationSizeMb: HEAP_MB },
      });
    } catch (err) {
      console.warn('search: no worker thread for the fill here, indexing on the main thread', err);
      return resolve(0);
    }
    console.log(`search: indexing ${items.length.toLocaleString('en')} articles on a worker thread`);
    let sent = 0;
    let confirmed = 0;
    const inFlight = new Map<number, FillDoc[]>();
    let settled = false;
    const finish = (error?: string) => {
      if (settled) return;
      settled = true;
      if (error) console.warn(`search: the fill's worker failed (${error}); indexing the rest on the main thread`);
      resolve(confirmed);
      void worker.terminate();
    };
    const send = () => {
      if (sent >= items.length) return;
      const docs = items.slice(sent, sent + BATCH).map(toDoc);
      inFlight.set(sent, docs);
      worker.postMessage({ id: sent, docs });
      sent += docs.length;
    };
    worker.on('message', ({ id, error }: { id: number; error?: string }) => {
      if (error !== undefined || id !== confirmed) return finish(error ?? `batch ${id} out of order`);
      const batch = inFlight.get(id)!;
      inFlight.delete(id);
      confirmed += batch.length;
      onBatch(batch);
      if (confirmed >= items.length) return finish();
      send();
    });
    worker.on('error', (err) => finish(err.message));
    worker.on('exit', (code) => finish(`exited with code ${code}`));
    // Two batches in flight: the worker starts the next while the main thread takes in the last.
    send();
    send();
  });
}
