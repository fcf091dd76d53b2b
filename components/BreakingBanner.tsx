import type { Article } from '@/lib/content';
import { ENGLISH, type Messages } from '@/lib/messages';

/** The breaking-news strip under the masthead: a label and the story's headline, linked. */
export function BreakingBanner({ story, t = ENGLISH, language }: { story?: Article; t?: Messages; language?: string }) {
  if (!story) return null;
  return (
    <aside className="breaking" aria-label={t.breakingNews}>
      <p>
        <strong className="breaking__label">{t.breaking}</strong> <a href={story.url} lang={language && story.language !== language ? story.language : undefined}>{story.title}</a>
      </p>
    </aside>
  );
}
