import type { Article } from '@/lib/content';
import { formatDateTime, readingMinutes } from '@/lib/format';
import { LiveBadge } from './LiveBadge';

/** The top of an article: section kicker, headline, standfirst, byline, dates (linked to the month's archive) and reading time. */
export function ArticleHeader({
  article, locale, timeZone, archiveHref,
}: { article: Article; locale: string; timeZone: string; archiveHref?: string }) {
  const published = <time dateTime={article.date.toISOString()}>{formatDateTime(article.date, locale, timeZone)}</time>;
  return (
    <header className="article-header">
      <p className="kicker">
        <LiveBadge article={article} />
        <a href={`/${article.sectionSlug}`}>{article.sectionName}</a>
      </p>
      <h1 className="article-header__title">{article.title}</h1>
      {article.summary ? <p className="standfirst">{article.summary}</p> : null}
      <div className="article-meta">
        {article.bylines.length ? (
          <p className="byline">
            By{' '}
            {article.bylines.map((b, i) => (
              <span key={b.id}>
                {i > 0 ? (i === article.bylines.length - 1 ? ' and ' : ', ') : null}
                <a href={`/authors/${b.id}`} rel="author">
                  {b.name}
                </a>
              </span>
            ))}
          </p>
        ) : null}
        <p className="dateline">
          <span>
            Published {archiveHref ? <a href={archiveHref}>{published}</a> : published}
          </span>
          {article.updated && article.updated > article.date ? (
            <span>
              Updated <time dateTime={article.updated.toISOString()}>{formatDateTime(article.updated, locale, timeZone)}</time>
            </span>
          ) : null}
          {article.live ? null : <span>{readingMinutes(article.wordCount)} min read</span>}
        </p>
      </div>
    </header>
  );
}
