import { feedResponse } from '@/app/_shared/feed-response';

// Content changes while the site runs, so the feed is rendered for every request.
export const dynamic = 'force-dynamic';

/** `/feed.xml`: RSS 2.0 of the site's newest published articles. */
export async function GET(request: Request) {
  return feedResponse(request, 'rss');
}
