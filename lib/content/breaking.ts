import type { Article } from './catalog';
import type { PublishedView } from './published-view';

/** The story in the breaking-news banner at `now`: the newest public article still marked breaking, if any. */
export function breakingStory(articles: readonly Article[], now: Date): Article | undefined {
  const t = now.getTime();
  // Newest first: the first one still running is the newest.
  for (const article of articles) if (article.breakingUntil && article.breakingUntil.getTime() > t) return article;
  return undefined;
}

/** What every page shows of the banner, as a comparable string (empty when there is none). */
export const breakingKey = (story: Article | undefined): string => (story ? JSON.stringify([story.slug, story.url, story.title]) : '');

const perView = new WeakMap<PublishedView, { story?: Article }>();

/**
 * `breakingStory` of a published view, worked out once per view rather than on every page render (with no banner
 * running, that is a walk over the whole archive). The answer holds for the view's life: the view is replaced
 * at the next publish change, and a banner running out is one (nextPublishChange).
 */
export function viewBreakingStory(view: PublishedView, now: Date): Article | undefined {
  let known = perView.get(view);
  if (!known) perView.set(view, (known = { story: breakingStory(view.articles, now) }));
  return known.story;
}
