import type { ReactNode } from 'react';
import type { Article } from '@/lib/content';
import { ArticleList } from './ArticleList';
import { Pagination, pageHref } from './Pagination';
import { ENGLISH, type Messages } from '@/lib/messages';

/** A paginated list of stories (section front, tag or author page) with an optional intro and sidebar. */
export function ListingPage({
  kicker,
  title,
  intro,
  articles,
  page,
  totalPages,
  basePath,
  locale,
  timeZone,
  aside,
  ad,
  t = ENGLISH,
}: {
  kicker?: string;
  title: string;
  intro?: ReactNode;
  articles: Article[];
  page: number;
  totalPages: number;
  basePath: string;
  locale: string;
  timeZone: string;
  aside?: ReactNode;
  /** An ad slot after story `after`: the list is split there, so the slot is never a list item. */
  ad?: { after: number; slot: ReactNode };
  t?: Messages;
}) {
  const cut = ad && ad.after < articles.length ? ad.after : articles.length;
  return (
    <div className={aside ? 'with-sidebar' : undefined}>
      <div>
        <header className="listing-header">
          {kicker ? <p className="kicker">{kicker}</p> : null}
          <h1>
            {title}
            {page > 1 ? <span className="listing-header__page"> · page {page}</span> : null}
          </h1>
          {intro}
        </header>
        {articles.length ? (
          <>
            <ArticleList articles={articles.slice(0, cut)} locale={locale} timeZone={timeZone} headingLevel={2} preloadFirstImage />
            {cut < articles.length ? ad!.slot : null}
            {cut < articles.length ? <ArticleList articles={articles.slice(cut)} locale={locale} timeZone={timeZone} headingLevel={2} /> : null}
          </>
        ) : (
          <p className="empty">{t.noStoriesHere}</p>
        )}
        <Pagination page={page} totalPages={totalPages} href={(n) => pageHref(basePath, n)} t={t} />
      </div>
      {aside ? <aside className="sidebar">{aside}</aside> : null}
    </div>
  );
}
