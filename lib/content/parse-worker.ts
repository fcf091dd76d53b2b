// A worker thread of the parse pool (see parse-pool.ts): reads and parses a batch of article files.
import { parentPort } from 'node:worker_threads';
import { parseArticle } from './parse-article';
import { readParsed } from './read-parsed';
import type { FileStamp } from './load';

interface Batch {
  id: number;
  stamps: FileStamp[];
  ctx: { timeZone: string; defaultSection?: string; sectionNames: [string, string][]; language?: string; languages?: string[] };
}

parentPort?.on('message', async ({ id, stamps, ctx }: Batch) => {
  const context = { ...ctx, sectionNames: new Map(ctx.sectionNames) };
  try {
    const results = [];
    for (const stamp of stamps) {
      results.push(await readParsed(stamp, (raw) => {
        const { record, problems } = parseArticle(stamp.file, raw, context);
        return { value: record, problems };
      }));
    }
    parentPort!.postMessage({ id, results });
  } catch (err) {
    parentPort!.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
