import type { Article } from '@/lib/content';
import { HeadlineBox } from './HeadlineBox';
import { ENGLISH, type Messages } from '@/lib/messages';

/** The section sidebar: every section with its article count (the current one marked) and this section's latest. */
export function SectionSidebar({
  sections,
  current,
  latest,
  t = ENGLISH,
  language,
}: {
  sections: { slug: string; name: string; count: number }[];
  current?: string;
  latest: Article[];
  t?: Messages;
  /** The page's language: headlines in another one carry `lang`. */
  language?: string;
}) {
  const currentName = sections.find((s) => s.slug === current)?.name;
  return (
    <>
      <nav aria-labelledby="sections-heading" className="sidebar-box section-sidebar">
        <h2 id="sections-heading" className="sidebar-box__title">
          {t.sections}
        </h2>
        <ul>
          {sections
            .filter((s) => s.count > 0 || s.slug === current)
            .map((s) => (
              <li key={s.slug}>
                <a href={`/${s.slug}`} aria-current={s.slug === current ? 'page' : undefined}>
                  <span>{s.name}</span> <span className="count">{s.count}</span>
                </a>
              </li>
            ))}
        </ul>
      </nav>
      <HeadlineBox id="section-latest-heading" title={t.latestIn(currentName ?? t.thisSection)} articles={latest} liveLabel={t.live} language={language} />
    </>
  );
}
