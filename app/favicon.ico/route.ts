/**
 * `/favicon.ico`: browsers and crawlers ask for it whenever a page names no icon (Next's error shell for a 404
 * does not), so it sends them to the site icon rather than to a 404.
 */
export function GET() {
  return new Response(null, { status: 308, headers: { location: '/icon.svg', 'cache-control': 'public, max-age=86400' } });
}
