import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileStamp } from './load';
import type { ArticleRecord, ParseContext } from './parse-article';
import type { ReadResult } from './read-parsed';
import { internRecord } from './intern';

/** From this many files to read at once (a first import, a changed setting), parsing moves to worker threads. */
export const POOL_THRESHOLD = 2_000;
const BATCH = 250;

type Reply = { id: number; results?: ReadResult<ArticleRecord>[]; error?: string };

function startWorker(): Worker {
  const worker = new Worker(new URL('./parse-worker.ts', import.meta.url));
  worker.unref();
  return worker;
}

/**
 * Reads and parses article files on one worker thread per core, a batch at a time, so a first import of a
 * large archive uses every core while the main thread stays free to answer. Results come back in the order
 * of `stamps`; `undefined` when worker threads cannot run here (the caller parses on its own thread).
 */
export async function parseInWorkers(
  stamps: FileStamp[], ctx: ParseContext, onProgress: (done: number) => void,
): Promise<ReadResult<ArticleRecord>[] | undefined> {
  const context = { ...ctx, sectionNames: [...(ctx.sectionNames ?? [])] };
  const results: ReadResult<ArticleRecord>[] = new Array(stamps.length);
  let workers: Worker[] = [];
  try {
    workers = Array.from({ length: Math.max(1, Math.min(os.availableParallelism(), 4)) }, startWorker);
  } catch (err) {
    console.warn('content: no worker threads here, files are parsed on the main thread', err);
    return undefined;
  }
  let next = 0;
  let done = 0;
  const strings = new Map<string, string>();
  const drive = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= stamps.length) return resolve();
        const id = next;
        next += BATCH;
        worker.postMessage({ id, stamps: stamps.slice(id, id + BATCH), ctx: context });
      };
      worker.on('message', ({ id, results: batch, error }: Reply) => {
        if (error !== undefined || !batch) return reject(new Error(error ?? 'no results'));
        batch.forEach((result, i) => {
          if (result.value) internRecord(result.value, strings);
          results[id + i] = result;
        });
        done += batch.length;
        onProgress(done);
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (next < stamps.length || done < stamps.length) && reject(new Error(`parse worker exited (${code})`)));
      send();
    });
  try {
    await Promise.all(workers.map(drive));
    return results;
  } catch (err) {
    console.warn('content: the parse workers failed, parsing on the main thread', err);
    return undefined;
  } finally {
    for (const worker of workers) void worker.terminate();
  }
}

/** Logs a large import's progress every 10,000 files, so an operator sees how far the first start has come. */
export const importProgress = (total: number) => (done: number) => {
  if (done === total || Math.floor(done / 10_000) > Math.floor((done - BATCH) / 10_000)) {
    console.log(`content: indexed ${done.toLocaleString('en')} / ${total.toLocaleString('en')} files…`);
  }
};

