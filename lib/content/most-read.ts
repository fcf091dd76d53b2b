import { openCacheDatabase, type CacheDatabase } from './cache-database';
import type { Article } from './catalog';
import { MOST_READ_TAG } from './page-tags';
import { hourOf, mostRead, MOST_READ_HOURS, PageViewCounts, type ViewRow } from './page-views';
import { changeLog, publishedView } from './store';

/** How many stories "Most read" lists. */
export const MOST_READ_COUNT = 5;
/** Views reach the database this often (a crash loses at most this much counting). */
const SAVE_MS = 10_000;
/**
 * How often the ranking is worked out again (`MOST_READ_REFRESH_MS`, default five minutes): the pages showing
 * it re-render only when it changed, so a busy site's article pages are not re-rendered every few seconds.
 */
const refreshMs = () => Number(process.env.MOST_READ_REFRESH_MS) || 300_000;

interface Holder {
  counts?: PageViewCounts;
  db?: CacheDatabase;
  timer?: NodeJS.Timeout;
  ranking?: { slugs: string[]; at: number };
  refreshing?: Promise<Article[]>;
}
// On globalThis: the proxy (which counts) and the pages (which show the list) are different bundles.
const holder: Holder = ((globalThis as Record<symbol, Holder>)[Symbol.for('newsroom.content.most-read')] ??= {});

function openViews(): CacheDatabase | undefined {
  try {
    return openCacheDatabase('views.db', 'views-1', (db) => {
      db.exec('CREATE TABLE views (hour INTEGER NOT NULL, slug TEXT NOT NULL, views INTEGER NOT NULL, PRIMARY KEY (hour, slug))');
    });
  } catch (err) {
    console.warn('most read: the page-view counts cannot be kept between runs', err);
    return undefined;
  }
}

function save(): void {
  const { db, counts } = holder;
  if (!db || !counts) return;
  const rows = counts.takePending();
  try {
    const add = db.prepare('INSERT INTO views (hour, slug, views) VALUES (?, ?, ?) ON CONFLICT (hour, slug) DO UPDATE SET views = views + excluded.views');
    db.transaction(() => {
      for (const row of rows) add.run(row.hour, row.slug, row.views);
      db.prepare('DELETE FROM views WHERE hour < ?').run(hourOf(Date.now()) - MOST_READ_HOURS);
    })();
  } catch (err) {
    console.warn('most read: could not save page-view counts', err);
  }
}

function counts(): PageViewCounts {
  if (holder.counts) return holder.counts;
  holder.db = openViews();
  let saved: ViewRow[] = [];
  try {
    saved = (holder.db?.prepare('SELECT hour, slug, views FROM views WHERE hour > ?').all(hourOf(Date.now()) - MOST_READ_HOURS) ?? []) as ViewRow[];
  } catch (err) {
    console.warn('most read: could not read saved page-view counts', err);
  }
  holder.counts = new PageViewCounts(saved);
  holder.timer = setInterval(() => {
    save();
    if (Date.now() - (holder.ranking?.at ?? 0) >= refreshMs()) refreshRanking().catch(() => {});
  }, Math.min(SAVE_MS, refreshMs()));
  holder.timer.unref();
  process.once('exit', save);
  return holder.counts;
}

/** Counts a reader's view of the article `slug` (the proxy decides what is a reader: lib/page-view-filter.ts). */
export function recordPageView(slug: string): void {
  counts().record(slug);
}

async function refreshRanking(): Promise<Article[]> {
  holder.refreshing ??= (async () => {
    const view = await publishedView();
    const list = mostRead(counts().totals(), MOST_READ_COUNT, (slug) => view.bySlug.get(slug)).map((r) => r.article);
    const slugs = list.map((a) => a.slug);
    const before = holder.ranking?.slugs;
    holder.ranking = { slugs, at: Date.now() };
    if (before && before.join('\n') !== slugs.join('\n')) changeLog().record([MOST_READ_TAG]);
    return list;
  })().finally(() => (holder.refreshing = undefined));
  return holder.refreshing;
}

/** The most-read public articles of the last MOST_READ_HOURS hours, as last ranked (at most MOST_READ_COUNT). */
export async function mostReadArticles(): Promise<Article[]> {
  const ranking = holder.ranking;
  if (!ranking || Date.now() - ranking.at >= refreshMs()) return refreshRanking();
  const view = await publishedView();
  return ranking.slugs.flatMap((slug) => view.bySlug.get(slug) ?? []);
}
