import type { Article } from '@/lib/content';
import { HeadlineBox } from './HeadlineBox';

/** "Most read": the stories readers opened most in the last 24 hours, numbered; nothing until some were read. */
export function MostRead({ articles }: { articles: Article[] }) {
  return <HeadlineBox id="most-read-heading" title="Most read" articles={articles} className="most-read" />;
}
