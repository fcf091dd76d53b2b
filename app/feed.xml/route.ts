import { getArticles } from '@/lib/content';
import { FEED_SIZE, buildRss, feedLastModified, siteFeedInput } from '@/lib/seo/feeds';
import { cachedTextResponse } from '@/lib/seo/http';
import { getSite } from '@/lib/site';

// Content changes while the site runs, so the feed is rendered for every request.
export const dynamic = 'force-dynamic';

/** `/feed.xml`: RSS 2.0 of the site's newest published articles. */
export async function GET(request: Request) {
  const [site, page] = await Promise.all([getSite(), getArticles({ perPage: FEED_SIZE })]);
  const articles = page?.items ?? [];
  return cachedTextResponse(request, buildRss(siteFeedInput(site, articles, '/feed.xml')), {
    contentType: 'application/rss+xml',
    lastModified: feedLastModified(articles),
  });
}
