import type { Article } from '@/lib/content';
import { ArticleCard, type CardVariant } from './ArticleCard';
import type { Messages } from '@/lib/messages';

/** A list of story cards in one variant. */
export function ArticleList({
  articles,
  variant = 'standard',
  locale,
  timeZone,
  headingLevel = 3,
  showKicker = true,
  className = '',
  preloadFirstImage = false,
  t,
  siteLanguage,
}: {
  articles: Article[];
  variant?: CardVariant;
  locale: string;
  timeZone: string;
  headingLevel?: 2 | 3 | 4;
  showKicker?: boolean;
  className?: string;
  /** Load the first card's picture first (the top of a listing page). */
  preloadFirstImage?: boolean;
  t?: Messages;
  /** The page's language, so cards in another one carry `lang`. */
  siteLanguage?: string;
}) {
  return (
    <ul className={`article-list article-list--${variant} ${className}`.trim()}>
      {articles.map((a, i) => (
        <li key={a.slug}>
          <ArticleCard
            article={a}
            variant={variant}
            locale={locale}
            timeZone={timeZone}
            headingLevel={headingLevel}
            showKicker={showKicker}
            preloadImage={preloadFirstImage && i === articles.findIndex((x) => x.image)}
            t={t}
            siteLanguage={siteLanguage}
          />
        </li>
      ))}
    </ul>
  );
}
