import { readContentText } from './load';
import { newestFirst, splitLiveBody } from './live-entries';
import { articleBody, digestOf } from './parse-article';
import { renderBody } from './render-body';

/** One entry of a live article, rendered. */
export interface LiveEntryHtml {
  id: string;
  time: Date;
  title: string;
  html: string;
}

/** A live article's body rendered as its introduction and its entries, newest first, with the digest it came from. */
export interface LiveBodyHtml {
  digest: string;
  intro: string;
  entries: LiveEntryHtml[];
}

// By digest, the promise itself: a thousand readers polling a just-saved file share one render, not a thousand.
const cache = new Map<string, Promise<LiveBodyHtml>>();
const CACHE_SIZE = 50;

async function render(digest: string, raw: string, published: Date, timeZone: string): Promise<LiveBodyHtml> {
  const split = splitLiveBody(articleBody(raw), published, timeZone);
  const [intro, ...bodies] = await Promise.all([split.intro, ...split.entries.map((e) => e.markdown)].map((md) => (md ? renderBody(md) : '')));
  const entries = split.entries.map(({ id, time, title }, i) => ({ id, time, title, html: bodies[i] }));
  return { digest, intro, entries: newestFirst(entries) };
}

/**
 * The rendered live body of `file` as it is on disk now (its last good version, by `lastGoodDigest`, when the file
 * cannot be read), cached by content digest so a poll of an unchanged file costs a read and a hash.
 */
export async function renderLiveFile(file: string, published: Date, timeZone: string, lastGoodDigest: string): Promise<LiveBodyHtml> {
  const raw = await readContentText(file).catch(() => undefined);
  const digest = raw === undefined ? lastGoodDigest : digestOf(raw);
  const key = `${digest}:${timeZone}:${published.getTime()}`;
  let rendered = cache.get(key);
  if (!rendered) {
    const lastGood = cache.get(`${lastGoodDigest}:${timeZone}:${published.getTime()}`);
    if (raw === undefined) return lastGood ?? { digest, intro: '', entries: [] };
    // A file saved half-written fails to split: readers keep the last good version until the index has the next.
    rendered = render(digest, raw, published, timeZone).catch(() => lastGood ?? { digest: lastGoodDigest, intro: '', entries: [] });
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, rendered);
  }
  return rendered;
}
