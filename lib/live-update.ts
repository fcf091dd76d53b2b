import { getLiveBody, isLiveNow, type Article } from './content';
import { formatEntryTime } from './format';
import type { Site } from './site';

/** How often an open live page asks for new entries: with the ≤ 5 s publishing window, a saved entry shows within 10 s. */
export const LIVE_POLL_MS = 5_000;

/** A live entry as the page and its polling island show it (times already formatted in the site's zone). */
export interface LiveEntryView {
  id: string;
  time: string;
  label: string;
  title: string;
  html: string;
}

/** What `/api/live/<slug>` answers: the entries newest first, and whether coverage still runs. */
export interface LiveUpdate {
  version: string;
  live: boolean;
  entries: LiveEntryView[];
}

/** The version a reader's copy of a live article is at: the file's digest, and whether coverage had ended. */
export const liveVersion = (article: Article, live: boolean): string => `${article.digest}${live ? '' : '-ended'}`;

/** The introduction (HTML) and the state of a live article at `now`, for its page and its update endpoint. */
export async function liveUpdate(site: Site, article: Article, now = new Date()): Promise<{ intro: string; update: LiveUpdate }> {
  const body = await getLiveBody(article);
  const live = isLiveNow(article, now);
  const entries = body.entries.map((e) => ({
    id: e.id,
    time: e.time.toISOString(),
    label: formatEntryTime(e.time, article.date, site.language, site.timezone),
    title: e.title,
    html: e.html,
  }));
  return { intro: body.intro, update: { version: liveVersion(article, live), live, entries } };
}
