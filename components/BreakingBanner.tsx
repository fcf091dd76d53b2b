import type { Article } from '@/lib/content';

/** The breaking-news strip under the masthead: a label and the story's headline, linked. */
export function BreakingBanner({ story }: { story?: Article }) {
  if (!story) return null;
  return (
    <aside className="breaking" aria-label="Breaking news">
      <p>
        <strong className="breaking__label">Breaking</strong> <a href={story.url}>{story.title}</a>
      </p>
    </aside>
  );
}
