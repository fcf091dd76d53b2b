import { Worker } from 'node:worker_threads';
import type { FileStamp } from './load';

/**
 * Lists `scope` of the content folder (as `listScope` does) on a worker thread: at start the main thread meanwhile reads
 * the saved file index, and the two took 2.1 s one after the other at 100,000 files. Undefined when no worker can run
 * here (the caller lists on its own thread).
 */
export function listScopeInWorker(scope: string): Promise<FileStamp[] | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./list-worker.ts', import.meta.url), { workerData: scope });
    } catch {
      return resolve(undefined);
    }
    worker.unref();
    const done = (stamps: FileStamp[] | undefined) => {
      resolve(stamps);
      void worker.terminate();
    };
    worker.on('message', (reply: { stamps?: FileStamp[] }) => done(reply.stamps));
    worker.on('error', () => done(undefined));
    worker.on('exit', () => done(undefined));
  });
}
