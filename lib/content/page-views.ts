/** "Most read" counts articles' page views over this many hours. */
export const MOST_READ_HOURS = 24;
const HOUR_MS = 3_600_000;

/** Views of one article in one clock hour (hours since the epoch, UTC). */
export interface ViewRow {
  hour: number;
  slug: string;
  views: number;
}

/** The hour (since the epoch) an instant falls in. */
export const hourOf = (now: Date | number): number => Math.floor(+now / HOUR_MS);

function bump(hours: Map<number, Map<string, number>>, hour: number, slug: string, views: number) {
  let slugs = hours.get(hour);
  if (!slugs) hours.set(hour, (slugs = new Map()));
  slugs.set(slug, (slugs.get(slug) ?? 0) + views);
}

/**
 * Page views per article per hour for the last MOST_READ_HOURS hours, and the views not yet saved. Memory is
 * bounded by the articles read in a day, whatever the archive's size.
 */
export class PageViewCounts {
  private readonly hours = new Map<number, Map<string, number>>();
  private pending = new Map<number, Map<string, number>>();

  /** Starts from the rows saved by an earlier run. */
  constructor(saved: readonly ViewRow[] = []) {
    for (const row of saved) bump(this.hours, row.hour, row.slug, row.views);
  }

  /** Counts one view of `slug` at `now`. */
  record(slug: string, now: Date | number = Date.now()): void {
    const hour = hourOf(now);
    bump(this.hours, hour, slug, 1);
    bump(this.pending, hour, slug, 1);
  }

  /** The views counted since the last call, to be added to the saved rows. */
  takePending(): ViewRow[] {
    const rows = [...this.pending].flatMap(([hour, slugs]) => [...slugs].map(([slug, views]) => ({ hour, slug, views })));
    this.pending = new Map();
    return rows;
  }

  /** Views per article over the window ending at `now` (hours before it are dropped). */
  totals(now: Date | number = Date.now()): Map<string, number> {
    const first = hourOf(now) - MOST_READ_HOURS + 1;
    const totals = new Map<string, number>();
    for (const [hour, slugs] of this.hours) {
      if (hour < first) {
        this.hours.delete(hour);
        continue;
      }
      for (const [slug, views] of slugs) totals.set(slug, (totals.get(slug) ?? 0) + views);
    }
    return totals;
  }
}

/**
 * The `limit` most-viewed articles that `lookup` finds (public ones), most views first, ties to the newer article.
 * @param lookup the article a slug names now, or undefined (no longer public)
 */
export function mostRead<T extends { date: Date; slug: string }>(totals: Map<string, number>, limit: number, lookup: (slug: string) => T | undefined): { article: T; views: number }[] {
  const ranked: { article: T; views: number }[] = [];
  for (const [slug, views] of totals) {
    const article = lookup(slug);
    if (article) ranked.push({ article, views });
  }
  ranked.sort((a, b) => b.views - a.views || b.article.date.getTime() - a.article.date.getTime() || (a.article.slug < b.article.slug ? -1 : 1));
  return ranked.slice(0, limit);
}
