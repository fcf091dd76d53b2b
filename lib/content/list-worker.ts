// A worker thread that lists a folder of the content (see list-in-worker.ts), so a start can read its saved index meanwhile.
import { parentPort, workerData } from 'node:worker_threads';
import { listScope } from './load';

listScope(workerData as string).then(
  (stamps) => parentPort!.postMessage({ stamps }),
  (err: unknown) => parentPort!.postMessage({ error: err instanceof Error ? err.message : String(err) }),
);
