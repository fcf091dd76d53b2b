import type { Article } from '@/lib/content';
import { HeadlineBox } from './HeadlineBox';
import { ENGLISH, type Messages } from '@/lib/messages';

/** "Most read": the stories readers opened most in the last 24 hours, numbered; nothing until some were read. */
export function MostRead({ articles, t = ENGLISH, language }: { articles: Article[]; t?: Messages; language?: string }) {
  return <HeadlineBox id="most-read-heading" title={t.mostRead} articles={articles} className="most-read" liveLabel={t.live} language={language} />;
}
