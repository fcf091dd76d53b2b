import { notFound, permanentRedirect } from 'next/navigation';
import { getArticle, getRedirectTarget, getSection, parsePageNumber } from './content';

/** Answers a path no route claims: a permanent redirect when it is an article's old path, else 404. */
export async function redirectAliasOrNotFound(pathname: string): Promise<never> {
  const article = await getRedirectTarget(pathname);
  if (article) permanentRedirect(article.url);
  notFound();
}

/**
 * Where a path has moved for good, or undefined: an article asked for under another section goes to its
 * own URL; an alias or an article's former path goes to the article. Section fronts and live articles
 * answer undefined at the cost of one lookup.
 */
export async function permanentRedirectTarget(pathname: string): Promise<string | undefined> {
  let segments: string[];
  try {
    segments = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return undefined; // Malformed escapes: the route answers 404.
  }
  if (segments.length === 1 && (await getSection(segments[0]))) return undefined;
  if (segments.length === 2) {
    const article = await getArticle(segments[1]);
    if (article) return article.sectionSlug === segments[0] ? undefined : article.url;
  }
  const moved = (await getRedirectTarget(`/${segments.join('/')}`)) ?? (await getRedirectTarget(pathname));
  return moved?.url;
}

/** Reads the optional `page/<n>` tail of a listing URL: 1 for none, undefined when malformed or `page/1`. */
export function listingPageNumber(tail: string[] | undefined): number | undefined {
  if (!tail || tail.length === 0) return 1;
  const n = tail.length === 2 && tail[0] === 'page' ? parsePageNumber(tail[1]) : undefined;
  return n && n > 1 ? n : undefined;
}
