import type { ReactNode } from 'react';
import type { Article } from '@/lib/content';
import { ContentImage } from './ContentImage';
import { LiveBadge } from './LiveBadge';
import { ENGLISH, type Messages } from '@/lib/messages';

/**
 * The "You might like" sidebar: related stories with thumbnail, headline and summary, and an ad slot after item
 * `ad.after` (the list is split there, so the slot is never a list item).
 */
export function RelatedList({
  articles, ad, t = ENGLISH, language,
}: { articles: Article[]; ad?: { after: number; slot: ReactNode }; t?: Messages; language?: string }) {
  if (!articles.length) return null;
  const cut = ad && ad.after < articles.length ? ad.after : articles.length;
  return (
    <section aria-labelledby="related-heading" className="sidebar-box related">
      <h2 id="related-heading" className="sidebar-box__title">
        {t.youMightLike}
      </h2>
      <RelatedItems articles={articles.slice(0, cut)} liveLabel={t.live} language={language} />
      {cut < articles.length ? ad!.slot : null}
      {cut < articles.length ? <RelatedItems articles={articles.slice(cut)} liveLabel={t.live} language={language} /> : null}
    </section>
  );
}

/** One run of the related stories. */
function RelatedItems({ articles, liveLabel, language }: { articles: Article[]; liveLabel: string; language?: string }) {
  return (
    <ul>
      {articles.map((a) => (
        <li key={a.slug} className="related__item" lang={language && a.language !== language ? a.language : undefined}>
          {a.image ? (
            <ContentImage src={a.image} alt="" width={1200} height={675} sizes="6rem" />
          ) : (
            <span className="related__placeholder" aria-hidden="true">
              {a.sectionName}
            </span>
          )}
          <div>
            <h3>
              <LiveBadge article={a} label={liveLabel} />
              <a href={a.url}>{a.title}</a>
            </h3>
            {a.summary ? <p>{a.summary}</p> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
