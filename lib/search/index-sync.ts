// The search index's life in the server: opened once, filled, kept in step with the published articles.
import { getArticleText, getPublishedArticles, type Article } from '../content';
import { SearchIndex, toSearchDoc } from './engine';
import { fillInWorker, type FillDoc } from './fill-in-worker';
import { planSync } from './sync';

interface Holder {
  /** Opened on first use: the database lives in the cache folder and is kept between runs. */
  index?: SearchIndex;
  /** Slug → fingerprint of the version indexed (read back from the database when it opens). */
  indexed: Map<string, string>;
  synced?: readonly Article[];
  syncing?: Promise<void>;
  /** Goes up with every change to the index: cached answers of an older generation are stale. */
  generation: number;
  /** Set while a large fill runs (a first import, a restored archive): how far it has got. */
  filling?: { done: number; total: number };
}

// Kept on globalThis so every route bundle of the server process shares one index.
const holder: Holder = ((globalThis as Record<symbol, Holder>)[Symbol.for('newsroom.search.index')] ??= { indexed: new Map(), generation: 0 });

/**
 * A fill of more stories than this takes long enough (about a millisecond each, more under load) that readers do not
 * wait for it: a search waits at most FILL_WAIT_MS, then answers from what is indexed so far, saying so. Smaller
 * changes (an edit, a new story) are waited for, so a result page rendered after a change shows it.
 */
const FILL_NOTICE_MIN = 300;
const FILL_WAIT_MS = 200;
const FILL_PAGE_MS = 2_000;
/** How long one indexing transaction may hold the thread, and how long other work must take to count as busy. */
const SLICE_MS = 10;
const BUSY_MS = 5;
/** Articles read at once, then indexed in slices; other requests get the thread in between. */
const ADD_BATCH = 25;

function openIndex(): SearchIndex {
  if (!holder.index) {
    holder.index = SearchIndex.open();
    holder.indexed = holder.index.fingerprints();
  }
  return holder.index;
}

async function apply(published: readonly Article[]): Promise<void> {
  const opening = !holder.index;
  const index = openIndex();
  const plan = planSync(holder.indexed, published);
  if (opening) {
    const kept = holder.indexed.size - plan.discard.length;
    console.log(`search: ${kept.toLocaleString('en')} articles kept from the last run, ${plan.add.length.toLocaleString('en')} to index, ${plan.discard.length.toLocaleString('en')} to remove`);
  }
  index.transaction(() => {
    for (const slug of plan.discard) {
      index.discard(slug);
      holder.indexed.delete(slug);
    }
  });
  if (plan.add.length > FILL_NOTICE_MIN) holder.filling = { done: 0, total: plan.add.length };
  const progress = fillLog(plan.add.length);
  const inWorker = holder.filling && index.fileName !== ':memory:'
    ? await fillInWorker(index.fileName, plan.add, toFillDoc, (batch) => {
      for (const doc of batch) holder.indexed.set(doc.id, doc.fingerprint!);
      holder.filling!.done += batch.length;
      progress(holder.filling!.done);
    })
    : 0;
  for (let start = inWorker; start < plan.add.length; start += ADD_BATCH) {
    const batch = plan.add.slice(start, start + ADD_BATCH);
    // Read synchronously: a few milliseconds for a batch, where awaiting each read on a busy server took a lap of
    // the event loop per step and a first fill of 27 stories took two seconds under load.
    const docs = batch.map((article) => toSearchDoc(article, getArticleText(article)));
    for (let next = 0; next < docs.length; ) {
      const began = performance.now();
      index.transaction(() => {
        // Slices of about SLICE_MS: a reader's request waits behind one slice at most, not a whole batch.
        while (next < docs.length && performance.now() - began < SLICE_MS) index.add(docs[next++]);
      });
      await yieldToReaders(performance.now() - began, Boolean(holder.filling));
    }
    for (const doc of docs) holder.indexed.set(doc.id, doc.fingerprint!);
    if (holder.filling) holder.filling.done = start + batch.length;
    progress(start + batch.length);
  }
  if (plan.add.length || plan.discard.length) holder.generation++;
  holder.synced = published;
}

function toFillDoc(article: Article): FillDoc {
  const { body: _, ...doc } = toSearchDoc(article, '');
  return { ...doc, file: article.file };
}

/** Logs a large fill's progress every 10,000 articles. */
const fillLog = (total: number) => {
  let logged = 0;
  return (done: number) => {
    if (total <= 5_000 || Math.floor(done / 10_000) === Math.floor(logged / 10_000)) return;
    logged = done;
    console.log(`search: indexed ${done.toLocaleString('en')} / ${total.toLocaleString('en')} articles…`);
  };
};

/**
 * Lets waiting requests run after a slice of indexing. During a large fill on a busy server (requests ran while
 * it yielded), it also pauses twice the slice's time, so the fill takes at most a third of the thread: readers
 * are served first and searches answer from the part indexed so far. An idle server fills at full speed.
 */
async function yieldToReaders(sliceMs: number, filling: boolean): Promise<void> {
  const asked = performance.now();
  await new Promise((resolve) => setImmediate(resolve));
  const othersMs = performance.now() - asked;
  if (filling && othersMs > BUSY_MS) await new Promise((resolve) => setTimeout(resolve, 2 * sliceMs));
}

/** Sets a damaged database aside: the next search indexes the archive again from the content folder. */
export function startAfresh(err: unknown) {
  console.error('search: the index could not be updated; indexing again from the content folder', err);
  try {
    holder.index?.discardFile();
  } catch {
    // Already closed or gone: a fresh open below is all that is needed.
  }
  Object.assign(holder, { index: undefined, indexed: new Map(), synced: undefined, filling: undefined, generation: holder.generation + 1 });
}

/**
 * Brings the index in line with the articles published now (new content, edits, deletions, drafts,
 * scheduled and expired stories alike): only what changed is discarded and re-added. One sync runs
 * at a time; requests meanwhile wait for it (during a large fill, up to FILL_WAIT_MS).
 */
export async function syncIndex(): Promise<SearchIndex> {
  for (let round = 0; round < 3; round++) {
    const published = await getPublishedArticles();
    if (published === holder.synced && holder.index) return holder.index;
    holder.syncing ??= apply(published)
      .catch(startAfresh)
      .finally(() => Object.assign(holder, { syncing: undefined, filling: undefined }));
    if (holder.filling && !(await settlesWithin(holder.syncing, FILL_WAIT_MS))) return openIndex();
    await holder.syncing;
  }
  return openIndex();
}

function settlesWithin(work: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(resolve, ms, false)));
  return Promise.race([work.then(() => true), late]).finally(() => clearTimeout(timer));
}

/**
 * Names the index's state for result-page keys (lib/search/page-key.ts). A result page is re-rendered after any
 * change to the content (it carries the page tag `*`) while readers keep getting the page it replaces, so the state
 * changes only while a large fill runs: a page from the middle of a fill is kept for FILL_PAGE_MS, so readers share it
 * while its "so far" count moves on. Also starts bringing the index up to date with the published articles.
 */
export function searchIndexState(): string {
  void syncIndex().catch((err) => console.error('search: could not update the index', err));
  // Not yet brought in line even once (the server has just started) counts as filling: a page rendered then must not
  // be kept as the answer of a ready index.
  return holder.filling || !holder.synced ? `filling-${Math.floor(Date.now() / FILL_PAGE_MS)}` : 'ready';
}

/** Builds the search index now (at start-up), so the first reader to search does not wait for it. */
export async function warmSearch(): Promise<void> {
  try {
    await syncIndex();
  } catch (err) {
    console.error('search: could not build the index at start-up', err);
  }
}

/** The index's generation: it goes up with every change, so answers cached under an older one are stale. */
export function indexGeneration(): number {
  return holder.generation;
}

/** How far a large fill has got, while one runs. */
export function fillProgress(): { done: number; total: number } | undefined {
  return holder.filling && { ...holder.filling };
}

/** True when the index holds a version of this article (a fill in progress may not have reached it yet). */
export function isIndexed(slug: string): boolean {
  return holder.indexed.has(slug);
}
