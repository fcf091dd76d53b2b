import type { Article } from '@/lib/content';
import { LiveBadge } from './LiveBadge';

/** A sidebar box of numbered headlines (each with its Live badge while coverage runs) under a heading; nothing when empty. */
export function HeadlineBox({ id, title, articles, className }: { id: string; title: string; articles: Article[]; className?: string }) {
  if (!articles.length) return null;
  return (
    <section aria-labelledby={id} className={className ? `sidebar-box ${className}` : 'sidebar-box'}>
      <h2 id={id} className="sidebar-box__title">
        {title}
      </h2>
      <ol className="numbered">
        {articles.map((a) => (
          <li key={a.slug}>
            <LiveBadge article={a} />
            <a href={a.url}>{a.title}</a>
          </li>
        ))}
      </ol>
    </section>
  );
}
