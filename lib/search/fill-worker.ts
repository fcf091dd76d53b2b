// The search fill's worker thread (see fill-in-worker.ts): reads each story's body and indexes a batch at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { articleTextOf } from '../content/article-text';
import { SearchIndex } from './sqlite-index';
import type { FillDoc } from './fill-in-worker';

const index = SearchIndex.open();

parentPort?.on('message', ({ id, docs }: { id: number; docs: FillDoc[] }) => {
  try {
    // The main thread opened this database already; another file here would mean another folder's index.
    if (index.fileName !== workerData.file) throw new Error(`opened ${index.fileName}, expected ${workerData.file}`);
    index.transaction(() => {
      for (const { file, ...doc } of docs) index.add({ ...doc, body: articleTextOf(file) });
    });
    parentPort!.postMessage({ id });
  } catch (err) {
    parentPort!.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
