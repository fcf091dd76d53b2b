import { NextResponse, type NextRequest } from 'next/server';
import { permanentRedirectTarget } from '@/lib/redirects';

/**
 * Permanent redirects for moved articles (wrong section, `aliases`, renamed slugs), answered before the
 * cached pages: a redirect thrown while rendering a cacheable page is sent with its Location header twice.
 */
export async function proxy(request: NextRequest) {
  const target = await permanentRedirectTarget(request.nextUrl.pathname);
  return target ? NextResponse.redirect(new URL(target, request.url), 308) : NextResponse.next();
}

export const config = {
  // Only paths that can be an article or section; Next's own files and the site's fixed routes skip it.
  matcher: ['/((?!_next/|api/|images/|og/|search|tags|authors|archive|front-page).+)'],
};
