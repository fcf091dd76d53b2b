import { getArticles } from '@/lib/content';
import { FEED_SIZE, buildJsonFeed, feedLastModified, siteFeedInput } from '@/lib/seo/feeds';
import { cachedTextResponse } from '@/lib/seo/http';
import { getSite } from '@/lib/site';

// Content changes while the site runs, so the feed is rendered for every request.
export const dynamic = 'force-dynamic';

/** `/feed.json`: JSON Feed 1.1 of the site's newest published articles. */
export async function GET(request: Request) {
  const [site, page] = await Promise.all([getSite(), getArticles({ perPage: FEED_SIZE })]);
  const articles = page?.items ?? [];
  return cachedTextResponse(request, buildJsonFeed(siteFeedInput(site, articles, '/feed.json')), {
    contentType: 'application/feed+json',
    lastModified: feedLastModified(articles),
  });
}
