import type { Article } from './catalog';

/** The story in the breaking-news banner at `now`: the newest public article still marked breaking, if any. */
export function breakingStory(articles: readonly Article[], now: Date): Article | undefined {
  const t = now.getTime();
  // Newest first: the first one still running is the newest.
  for (const article of articles) if (article.breakingUntil && article.breakingUntil.getTime() > t) return article;
  return undefined;
}

/** What every page shows of the banner, as a comparable string (empty when there is none). */
export const breakingKey = (story: Article | undefined): string => (story ? JSON.stringify([story.slug, story.url, story.title]) : '');
