import type { Article } from '@/lib/content';
import { LiveBadge } from './LiveBadge';

/** "Most read": the stories readers opened most in the last 24 hours, numbered; nothing until some were read. */
export function MostRead({ articles }: { articles: Article[] }) {
  if (!articles.length) return null;
  return (
    <section aria-labelledby="most-read-heading" className="sidebar-box most-read">
      <h2 id="most-read-heading" className="sidebar-box__title">
        Most read
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
