import { notFound, permanentRedirect } from 'next/navigation';
import { getRedirectTarget, parsePageNumber } from './content';

/** Answers a path no route claims: a permanent redirect when it is an article's old path, else 404. */
export async function redirectAliasOrNotFound(pathname: string): Promise<never> {
  const article = await getRedirectTarget(pathname);
  if (article) permanentRedirect(article.url);
  notFound();
}

/** Reads the optional `page/<n>` tail of a listing URL: 1 for none, undefined when malformed or `page/1`. */
export function listingPageNumber(tail: string[] | undefined): number | undefined {
  if (!tail || tail.length === 0) return 1;
  const n = tail.length === 2 && tail[0] === 'page' ? parsePageNumber(tail[1]) : undefined;
  return n && n > 1 ? n : undefined;
}
