import { NextResponse, type NextRequest } from 'next/server';
import { countPageView } from '@/lib/content';
import { articleSlugOf } from '@/lib/content/page-tags';
import { isReaderView } from '@/lib/page-view-filter';
import { pathStatus } from '@/lib/path-status';
import { isDraftModeCookie } from '@/lib/preview';
import { searchIndexState } from '@/lib/search';
import { searchPageKey } from '@/lib/search/page-key';

// The cookie Next sets while draft mode is on (app/api/preview): unpublished articles are the page's to judge.
const DRAFT_MODE_COOKIE = '__prerender_bypass';
// Next's compiled app/not-found.tsx: cached like every page and rendered on the server, unlike a 404 thrown by a page.
const NOT_FOUND_PAGE = '/_not-found';
const SEARCH_RESULTS = '/search-results/';

/**
 * Answers moved and unknown paths before the cached pages: moved articles, aliases and `page/1` get a
 * permanent redirect, unknown paths the site's 404 page with status 404 (lib/path-status.ts says why).
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // Each search is a cached page of its own (app/search-results/[key]/page.tsx): Next caches by path, not query.
  if (pathname === '/search') {
    return NextResponse.rewrite(new URL(`${SEARCH_RESULTS}${searchPageKey(request.nextUrl.searchParams, searchIndexState())}`, request.url));
  }
  // The rewrite above is served in the same request, without running the proxy again: a result page's address
  // reaching here was typed in, and would render and cache a page for any key at all.
  if (pathname.startsWith(SEARCH_RESULTS)) return NextResponse.rewrite(new URL(NOT_FOUND_PAGE, request.url));
  // Previews (draft mode) keep the base policy: a cookie left from an earlier build no longer turns draft mode on,
  // and the cached page it then gets carries hashes, not a nonce. Only a cookie Next would accept counts: a
  // forged one would make every unknown path a page, rendered and cached under its own name.
  const preview = isDraftModeCookie(request.cookies.get(DRAFT_MODE_COOKIE)?.value);
  const status = await pathStatus(pathname, { preview });
  if (status.kind === 'redirect') return NextResponse.redirect(new URL(status.to, request.url), 308);
  if (status.kind === 'missing') return NextResponse.rewrite(new URL(NOT_FOUND_PAGE, request.url));
  // Here, before Next's page cache, every reader's view is seen, the cached ones included.
  const slug = articleSlugOf(pathname);
  if (slug && isReaderView(request.method, request.headers, preview)) countPageView(slug);
  return NextResponse.next();
}

export const config = {
  // Paths that can be an article, section, tag, author or archive page, and search; Next's files and fixed routes skip it.
  // The second pattern takes the skipped folders' paths that carry an escape, which may not decode (lib/path-status.ts).
  matcher: ['/((?!_next/|api/|images/|og/|front-page|index-pages).+)', '/(api|images|og|front-page|index-pages)/(.*%.*)'],
};
