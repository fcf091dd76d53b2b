import type { Article } from './catalog';
import type { ArticleNote } from './parse-article';

/** One correction as the site-wide log lists it: the note, its article, and the anchor of its box there. */
export interface CorrectionEntry {
  article: Article;
  note: ArticleNote;
  /** `correction-<n>`, n counting from the article's first correction, so a link stays put as more are added. */
  anchor: string;
}

/** The anchor of correction `index` (0 is the newest) of an article that has `count` of them. */
export const correctionAnchor = (index: number, count: number): string => `correction-${count - index}`;

/** Every correction of `articles`, newest first (ties by the article's own order). */
export function correctionLog(articles: readonly Article[]): CorrectionEntry[] {
  const entries: CorrectionEntry[] = [];
  for (const article of articles) {
    const list = article.corrections;
    if (list) list.forEach((note, i) => entries.push({ article, note, anchor: correctionAnchor(i, list.length) }));
  }
  // A stable sort: entries of one date keep the articles' newest-first order.
  return entries.sort((a, b) => b.note.date.getTime() - a.note.date.getTime());
}
