import { getArticles } from '@/lib/content';
import { cachedTextResponse } from '@/lib/seo/http';
import { MAX_NEWS_URLS, newsLastModified, newsSitemap } from '@/lib/seo/sitemaps';
import { getSite } from '@/lib/site';

/** Rendered per request: the content and SITE_URL are read at run time. */
export const dynamic = 'force-dynamic';

/** `/news-sitemap.xml`: the Google News sitemap of stories published in the last 48 hours. */
export async function GET(request: Request) {
  // One more than the cap: the first article past it tells when the last one left the file.
  const [site, latest] = await Promise.all([getSite(), getArticles({ perPage: MAX_NEWS_URLS + 1 })]);
  const articles = latest?.items ?? [];
  const now = new Date();
  const xml = newsSitemap({ site, articles, now });
  return cachedTextResponse(request, xml, { contentType: 'application/xml', lastModified: newsLastModified(articles, now) });
}
