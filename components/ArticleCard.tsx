import type { Article } from '@/lib/content';
import { formatDate } from '@/lib/format';
import { ContentImage } from './ContentImage';
import { LiveBadge } from './LiveBadge';
import { ENGLISH, type Messages } from '@/lib/messages';

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
  preloadImage = variant === 'lead',
  t = ENGLISH,
  siteLanguage,
}: {
  article: Article;
  variant?: CardVariant;
  locale: string;
  timeZone: string;
  headingLevel?: 2 | 3 | 4;
  showKicker?: boolean;
  /** Load the picture first: it is likely the largest thing on screen. */
  preloadImage?: boolean;
  t?: Messages;
  /** The language of the page around the card: a card in another language says so with `lang`. */
  siteLanguage?: string;
}) {
  const Heading = `h${headingLevel}` as const;
  const image = variant !== 'compact' ? article.image : undefined;
  return (
    <article className={`card card--${variant}`} lang={siteLanguage && article.language !== siteLanguage ? article.language : undefined}>
      {image ? (
        <div className="card__media">
          <ContentImage
            src={image}
            alt=""
            width={1200}
            height={675}
            preload={preloadImage}
            sizes={variant === 'lead' ? '(min-width: 64rem) 50rem, calc(100vw - 2rem)' : '(min-width: 64rem) 18rem, (min-width: 40rem) 45vw, calc(100vw - 2rem)'}
          />
        </div>
      ) : null}
      <div className="card__body">
        {showKicker ? (
          <p className="kicker">
            <a href={`/${article.sectionSlug}`}>{article.sectionName}</a>
          </p>
        ) : null}
        <Heading className="card__title">
          <LiveBadge article={article} label={t.live} />
          <a href={article.url}>{article.title}</a>
        </Heading>
        {variant !== 'compact' && article.summary ? <p className="card__summary">{article.summary}</p> : null}
        <p className="card__meta">
          <time dateTime={article.date.toISOString()}>{formatDate(article.date, locale, timeZone)}</time>
        </p>
      </div>
    </article>
  );
}
