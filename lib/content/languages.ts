import type { Article } from './catalog';
import type { PublishedView } from './published-view';

/** The path of a language's front page: `/` for the site's main language, `/fr` (the tag, lower case) for another. */
export function languageFrontPath(tag: string, languages: string[]): string {
  return tag === languages[0] ? '/' : `/${tag.toLowerCase()}`;
}

/** The path of a language's RSS feed: `/feed.xml` for the main language, `/fr/feed.xml` for another. */
export function languageFeedPath(tag: string, languages: string[]): string {
  return tag === languages[0] ? '/feed.xml' : `/${tag.toLowerCase()}/feed.xml`;
}

/** The site language (not the main one) whose front is at `/<segment>`, if any. */
export function languageOfFrontSegment(segment: string, languages: string[]): string | undefined {
  return languages.slice(1).find((tag) => tag.toLowerCase() === segment);
}

/** True when an article belongs on the front and feed of `language` (the main front takes every language without its own). */
export function inLanguageEdition(article: Article, language: string, languages: string[]): boolean {
  if (language !== languages[0]) return article.language === language;
  return article.language === language || !languages.includes(article.language);
}

const editions = new WeakMap<PublishedView, Map<string, Article[]>>();

/**
 * The published articles of one language's edition, newest first: the articles in `language`, and for the main
 * language every article whose language has no edition of its own. Built once per view.
 */
export function languageArticles(view: PublishedView, language: string, languages: string[]): Article[] {
  let byEdition = editions.get(view);
  if (!byEdition) editions.set(view, (byEdition = new Map()));
  let list = byEdition.get(language);
  if (!list) {
    const single = languages.length <= 1 && language === languages[0];
    list = single ? view.articles : view.articles.filter((a) => inLanguageEdition(a, language, languages));
    byEdition.set(language, list);
  }
  return list;
}

/**
 * The same story in the other languages it is published in, original first: the article it translates (if
 * published) and the other translations of that original, never the article itself.
 */
export function translationsOf(article: Article, view: PublishedView): Article[] {
  const originalSlug = article.translationOf ?? article.slug;
  const original = article.translationOf ? view.bySlug.get(originalSlug) : undefined;
  const family = [...(original ? [original] : []), ...(view.byOriginal.get(originalSlug) ?? [])];
  // One link per language: a second translation into the same language (a mistake lint reports) is left out.
  const languages = new Set<string>([article.language]);
  return family.filter((a) => a.slug !== article.slug && !languages.has(a.language) && languages.add(a.language));
}
