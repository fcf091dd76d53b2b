import type { Article } from '../content/catalog';
import { searchFingerprint } from './engine';

/** What to change in the index to match the published articles: ids to discard, articles to (re-)add. */
export interface SyncPlan {
  discard: string[];
  add: Article[];
}

/**
 * Compares the index (slug → fingerprint of what was indexed) with the articles published now:
 * gone or changed ones are discarded, new or changed ones added, the rest left alone.
 */
export function planSync(indexed: ReadonlyMap<string, string>, published: readonly Article[]): SyncPlan {
  const discard: string[] = [];
  const add: Article[] = [];
  const live = new Set<string>();
  for (const article of published) {
    live.add(article.slug);
    const before = indexed.get(article.slug);
    if (before === searchFingerprint(article)) continue;
    if (before !== undefined) discard.push(article.slug);
    add.push(article);
  }
  for (const slug of indexed.keys()) if (!live.has(slug)) discard.push(slug);
  return { discard, add };
}
