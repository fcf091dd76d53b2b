import Link from 'next/link';
import type { Article } from '@/lib/content';
import { formatDate } from '@/lib/format';

/** How prominent a card is: the lead story, a standard card with thumbnail, or a compact headline. */
export type CardVariant = 'lead' | 'standard' | 'compact';

/** A story teaser: thumbnail, section kicker, headline, standfirst and date. */
export function ArticleCard({
  article,
  variant = 'standard',
  locale,
  timeZone,
  headingLevel = 3,
  showKicker = true,
}: {
  article: Article;
  variant?: CardVariant;
  locale: string;
  timeZone: string;
  headingLevel?: 2 | 3 | 4;
  showKicker?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  const showImage = variant !== 'compact' && article.image;
  return (
    <article className={`card card--${variant}`}>
      {showImage ? (
        <div className="card__media">
          {/* eslint-disable-next-line @next/next/no-img-element -- content images are served from the content folder */}
          <img
            src={article.image}
            alt=""
            width={1200}
            height={675}
            loading={variant === 'lead' ? 'eager' : 'lazy'}
            decoding="async"
            {...(variant === 'lead' ? { fetchPriority: 'high' as const } : {})}
          />
        </div>
      ) : null}
      <div className="card__body">
        {showKicker ? (
          <p className="kicker">
            <Link href={`/${article.sectionSlug}`}>{article.sectionName}</Link>
          </p>
        ) : null}
        <Heading className="card__title">
          <Link href={article.url}>{article.title}</Link>
        </Heading>
        {variant !== 'compact' && article.summary ? <p className="card__summary">{article.summary}</p> : null}
        <p className="card__meta">
          <time dateTime={article.date.toISOString()}>{formatDate(article.date, locale, timeZone)}</time>
        </p>
      </div>
    </article>
  );
}
