import { NextResponse, type NextRequest } from 'next/server';
import { pathStatus } from '@/lib/path-status';

// The cookie Next sets while draft mode is on (app/api/preview): unpublished articles are the page's to judge.
const DRAFT_MODE_COOKIE = '__prerender_bypass';
// Next's compiled app/not-found.tsx: cached like every page and rendered on the server, unlike a 404 thrown by a page.
const NOT_FOUND_PAGE = '/_not-found';

/**
 * Answers moved and unknown paths before the cached pages: moved articles, aliases and `page/1` get a
 * permanent redirect, unknown paths the site's 404 page with status 404 (lib/path-status.ts says why).
 */
export async function proxy(request: NextRequest) {
  const status = await pathStatus(request.nextUrl.pathname, { preview: request.cookies.has(DRAFT_MODE_COOKIE) });
  if (status.kind === 'redirect') return NextResponse.redirect(new URL(status.to, request.url), 308);
  if (status.kind === 'missing') return NextResponse.rewrite(new URL(NOT_FOUND_PAGE, request.url));
  return NextResponse.next();
}

export const config = {
  // Paths that can be an article, section, tag, author or archive page; Next's files and fixed routes skip it.
  matcher: ['/((?!_next/|api/|images/|og/|search|front-page).+)'],
};
