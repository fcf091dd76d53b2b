import { getArticles, getSection } from '@/lib/content';
import { FEED_SIZE, buildRss, feedLastModified, sectionFeedInput } from '@/lib/seo/feeds';
import { cachedTextResponse } from '@/lib/seo/http';
import { getSite } from '@/lib/site';

// Content changes while the site runs, so the feed is rendered for every request.
export const dynamic = 'force-dynamic';

/** `/<section>/feed.xml`: RSS 2.0 of one section's newest published articles; 404 for an unknown section. */
export async function GET(request: Request, { params }: { params: Promise<{ section: string }> }) {
  const { section: slug } = await params;
  const [site, section, page] = await Promise.all([getSite(), getSection(slug), getArticles({ section: slug, perPage: FEED_SIZE })]);
  if (!section) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const articles = page?.items ?? [];
  return cachedTextResponse(request, buildRss(sectionFeedInput(site, section, articles)), {
    contentType: 'application/rss+xml',
    lastModified: feedLastModified(articles),
  });
}
