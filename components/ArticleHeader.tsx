import type { Article } from '@/lib/content';
import { formatDateTime, readingMinutes } from '@/lib/format';
import { LiveBadge } from './LiveBadge';
import { ENGLISH, type Messages } from '@/lib/messages';

/** The top of an article: section kicker, headline, standfirst, byline, dates (linked to the month's archive) and reading time. */
export function ArticleHeader({
  article, locale, timeZone, archiveHref, t = ENGLISH, translations,
}: {
  article: Article; locale: string; timeZone: string; archiveHref?: string; t?: Messages;
  /** Links to the article in other languages, shown under the dates. */
  translations?: { href: string; lang: string; name: string }[];
}) {
  const published = <time dateTime={article.date.toISOString()}>{formatDateTime(article.date, locale, timeZone)}</time>;
  return (
    <header className="article-header">
      <p className="kicker">
        <LiveBadge article={article} label={t.live} />
        <a href={`/${article.sectionSlug}`}>{article.sectionName}</a>
      </p>
      <h1 className="article-header__title">{article.title}</h1>
      {article.summary ? <p className="standfirst">{article.summary}</p> : null}
      <div className="article-meta">
        {article.bylines.length ? (
          <p className="byline">
            {`${t.by} `}
            {article.bylines.map((b, i) => (
              <span key={b.id}>
                {i > 0 ? (i === article.bylines.length - 1 ? ` ${t.and} ` : ', ') : null}
                <a href={`/authors/${b.id}`} rel="author">
                  {b.name}
                </a>
              </span>
            ))}
          </p>
        ) : null}
        <p className="dateline">
          <span>
            {`${t.published} `}{archiveHref ? <a href={archiveHref}>{published}</a> : published}
          </span>
          {article.updated && article.updated > article.date ? (
            <span>
              {`${t.updated} `}<time dateTime={article.updated.toISOString()}>{formatDateTime(article.updated, locale, timeZone)}</time>
            </span>
          ) : null}
          {article.live ? null : <span>{t.minRead(readingMinutes(article.wordCount))}</span>}
        </p>
        {translations?.length ? (
          <p className="translations">
            {`${t.alsoIn} `}
            {translations.map((tr, i) => (
              <span key={tr.href}>
                {i > 0 ? ', ' : null}
                <a href={tr.href} hrefLang={tr.lang} lang={tr.lang} rel="alternate">
                  {tr.name}
                </a>
              </span>
            ))}
          </p>
        ) : null}
      </div>
    </header>
  );
}
