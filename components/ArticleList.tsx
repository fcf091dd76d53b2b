import type { Article } from '@/lib/content';
import { ArticleCard, type CardVariant } from './ArticleCard';

/** A list of story cards in one variant. */
export function ArticleList({
  articles,
  variant = 'standard',
  locale,
  timeZone,
  headingLevel = 3,
  showKicker = true,
  className = '',
}: {
  articles: Article[];
  variant?: CardVariant;
  locale: string;
  timeZone: string;
  headingLevel?: 2 | 3 | 4;
  showKicker?: boolean;
  className?: string;
}) {
  return (
    <ul className={`article-list article-list--${variant} ${className}`.trim()}>
      {articles.map((a) => (
        <li key={a.slug}>
          <ArticleCard article={a} variant={variant} locale={locale} timeZone={timeZone} headingLevel={headingLevel} showKicker={showKicker} />
        </li>
      ))}
    </ul>
  );
}
