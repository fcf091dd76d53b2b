import type { ReactNode } from 'react';
import type { Article } from '@/lib/content';
import { ContentImage } from './ContentImage';
import { LiveBadge } from './LiveBadge';

/**
 * The "You might like" sidebar: related stories with thumbnail, headline and summary, and an ad slot after item
 * `ad.after` (the list is split there, so the slot is never a list item).
 */
export function RelatedList({ articles, ad }: { articles: Article[]; ad?: { after: number; slot: ReactNode } }) {
  if (!articles.length) return null;
  const cut = ad && ad.after < articles.length ? ad.after : articles.length;
  return (
    <section aria-labelledby="related-heading" className="sidebar-box related">
      <h2 id="related-heading" className="sidebar-box__title">
        You might like
      </h2>
      <RelatedItems articles={articles.slice(0, cut)} />
      {cut < articles.length ? ad!.slot : null}
      {cut < articles.length ? <RelatedItems articles={articles.slice(cut)} /> : null}
    </section>
  );
}

/** One run of the related stories. */
function RelatedItems({ articles }: { articles: Article[] }) {
  return (
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
              <LiveBadge article={a} />
              <a href={a.url}>{a.title}</a>
            </h3>
            {a.summary ? <p>{a.summary}</p> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
