import type { Article } from '@/lib/content';
import { ContentImage } from './ContentImage';

/** The "You might like" sidebar: related stories with thumbnail, headline and summary. */
export function RelatedList({ articles }: { articles: Article[] }) {
  if (!articles.length) return null;
  return (
    <section aria-labelledby="related-heading" className="sidebar-box related">
      <h2 id="related-heading" className="sidebar-box__title">
        You might like
      </h2>
      <ul>
        {articles.map((a) => (
          <li key={a.slug} className="related__item">
            {a.image ? (
              <ContentImage src={a.image} alt="" width={1200} height={675} sizes="6rem" />
            ) : (
              <span className="related__placeholder" aria-hidden="true">
                {a.sectionName}
              </span>
            )}
            <div>
              <h3>
                <a href={a.url}>{a.title}</a>
              </h3>
              {a.summary ? <p>{a.summary}</p> : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
