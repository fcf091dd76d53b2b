import type { Article } from './catalog';
import { RESERVED_SECTION_SLUGS } from './reserved';

/**
 * What cached pages show, as tags, and which tags a content change touches. A page is re-rendered only when
 * one of its tags changed after it was rendered (lib/script-hash-cache.mjs asks), so an edit re-renders the
 * pages that show the article, and a new story the lists it joins, not every hot page of the site.
 *
 * - `site`: settings, sections and author profiles; every page carries it.
 * - `article:<slug>`: what a page shows of one article (headline, standfirst, picture, body...).
 * - `section:<slug>`, `tag:<slug>`, `author:<id>`, `language:<tag>`: which articles a list holds, in what order, and
 *   the names shown for them; `lists` is touched with any of these, for the front page, archives and the tag index.
 */
export const SITE_TAG = 'site';
/** Touched whenever any list's members change: the front page, archives and tag index carry it. */
export const LISTS_TAG = 'lists';
/** Touched when an article's corrections change: the /corrections page carries it. */
export const CORRECTIONS_TAG = 'corrections';
/** Touched when the "Most read" ranking changes: the front page and article pages, which show it, carry it. */
export const MOST_READ_TAG = 'most-read';
/** Never recorded: a page carrying it has changed after any change at all (search results, which any text can move). */
export const ANY_CHANGE_TAG = '*';

/** The tag for what pages show of one article. */
export const articleTag = (slug: string) => `article:${slug}`;

/** The tag of a language edition's list (its front at `/<tag>`, lower case like the path). */
export const languageTag = (language: string) => `language:${language.toLowerCase()}`;

/** The tags of the lists an article is on. */
export function listTags(article: Article): string[] {
  return [
    `section:${article.sectionSlug}`,
    ...article.tagRefs.map((t) => `tag:${t.slug}`),
    ...article.bylines.map((b) => `author:${b.id}`),
    languageTag(article.language),
    LISTS_TAG,
  ];
}

/** The fields that decide where an article is listed, in which order and under which names. */
function listingKey(a: Article): string {
  return JSON.stringify([
    a.sectionSlug, a.date.getTime(), a.draft, a.expires?.getTime(), a.tagRefs, a.bylines.map((b) => [b.id, b.name]), a.language, a.translationOf,
  ]);
}

const correctionsKey = (a: Article | undefined) => JSON.stringify(a?.corrections ?? []);

/**
 * The tags a change of one slug touches, from the article that answered it before and the one after
 * (either undefined when there was none, as for a new, deleted or now-duplicate slug).
 */
export function changeTags(before: Article | undefined, after: Article | undefined): string[] {
  if (before === after) return [];
  const tags = new Set<string>();
  for (const a of [before, after]) if (a) tags.add(articleTag(a.slug));
  // The original's page links its translations ("Also in"), so a translation coming or going changes it.
  for (const a of [before, after]) if (a?.translationOf) tags.add(articleTag(a.translationOf));
  if (!before || !after || listingKey(before) !== listingKey(after)) {
    for (const a of [before, after]) if (a) for (const tag of listTags(a)) tags.add(tag);
  }
  if (correctionsKey(before) !== correctionsKey(after)) tags.add(CORRECTIONS_TAG);
  return [...tags];
}

/** The slug an article path names: `/<section>/<slug>` with a section that is not one of the site's own folders. */
export function articleSlugOf(pathname: string): string | undefined {
  const segments = splitPath(pathname);
  if (segments?.length !== 2 || RESERVED_SECTION_SLUGS.has(segments[0]) || segments[0] === 'front-page' || segments[0] === 'index-pages' || segments[0] === 'search-results') return undefined;
  return segments[1];
}

function splitPath(pathname: string): string[] | undefined {
  try {
    return pathname.split(/[?#]/)[0].split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

/**
 * The tags of the page cached under `pathname`: the lists its route shows, its own article (with that
 * article's section, tags and authors, whose names and neighbours it shows), and every article it links to.
 */
export function pageTags(pathname: string, linkedPaths: Iterable<string>, articleBySlug: (slug: string) => Article | undefined): string[] {
  const tags = new Set<string>([SITE_TAG]);
  const [first, second] = splitPath(pathname) ?? [];
  const ownSlug = articleSlugOf(pathname);
  if (ownSlug) {
    tags.add(articleTag(ownSlug)).add(MOST_READ_TAG);
    const article = articleBySlug(ownSlug);
    // Its sidebars show its section's, tags' and authors' lists; not the whole edition's (which changes with every story).
    if (article) for (const tag of listTags(article)) if (tag !== LISTS_TAG && tag !== languageTag(article.language)) tags.add(tag);
  } else if (first === 'search-results') {
    tags.add(ANY_CHANGE_TAG);
    return [...tags];
  } else if (first === 'corrections') {
    tags.add(CORRECTIONS_TAG).add(LISTS_TAG);
  } else if (first === 'tags' && second) tags.add(`tag:${second}`);
  else if (first === 'authors' && second) tags.add(`author:${second}`);
  else if (first === '_not-found') {
    // The 404 page shows no articles.
  } else if (first && !RESERVED_SECTION_SLUGS.has(first)) {
    tags.add(`section:${first}`);
    // `/fr` may be a language edition's front rather than a section's; on a section front the tag is never touched.
    if (!second && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(first)) tags.add(languageTag(first));
  }
  else {
    tags.add(LISTS_TAG); // The front page (/front-page/...), archives, the tag index (/index-pages/...): lists of everything.
    if (first === 'front-page') tags.add(MOST_READ_TAG);
  }
  for (const link of linkedPaths) {
    const slug = articleSlugOf(link);
    if (slug) tags.add(articleTag(slug));
  }
  return [...tags];
}

/** The tags touched by the changes of `slugs` between two catalogs' articles. */
export function catalogChangeTags(before: Map<string, Article>, after: Map<string, Article>, slugs: Iterable<string>): string[] {
  const tags = new Set<string>();
  for (const slug of slugs) for (const tag of changeTags(before.get(slug), after.get(slug))) tags.add(tag);
  return [...tags];
}

/** The tags touched by articles that went public or stopped being public between two lists of public articles. */
export function publicationChangeTags(before: { articles: Article[]; bySlug: Map<string, Article> }, after: typeof before): string[] {
  const tags = new Set<string>();
  for (const [from, to] of [[before, after], [after, before]]) {
    for (const article of from.articles) {
      if (to.bySlug.has(article.slug)) continue;
      tags.add(articleTag(article.slug));
      for (const tag of listTags(article)) tags.add(tag);
    }
  }
  return [...tags];
}

/** The sections every page's navigation lists (those with public articles), as a comparable string. */
export function navigationKey(sections: { slug: string; name: string }[], bySection: Map<string, Article[]>): string {
  return JSON.stringify(sections.filter((s) => bySection.get(s.slug)?.length).map((s) => [s.slug, s.name]));
}
