import type { Article } from '@/lib/content';
import { LiveBadge } from './LiveBadge';

/** A sidebar box of numbered headlines (each with its Live badge while coverage runs) under a heading; nothing when empty. */
export function HeadlineBox({
  id, title, articles, className, liveLabel, language,
}: { id: string; title: string; articles: Article[]; className?: string; liveLabel?: string; language?: string }) {
  if (!articles.length) return null;
  return (
    <section aria-labelledby={id} className={className ? `sidebar-box ${className}` : 'sidebar-box'}>
      <h2 id={id} className="sidebar-box__title">
        {title}
      </h2>
      <ol className="numbered">
        {articles.map((a) => (
          <li key={a.slug} lang={language && a.language !== language ? a.language : undefined}>
            <LiveBadge article={a} label={liveLabel} />
            <a href={a.url}>{a.title}</a>
          </li>
        ))}
      </ol>
    </section>
  );
}
