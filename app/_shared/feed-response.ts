import { getArticles, getPublishedArticles, getSection } from '@/lib/content';
import { bodyForVersion } from '@/lib/seo/cache-policy';
import { FEED_SIZE, buildAtom, buildJsonFeed, buildRss, feedLastModified, sectionFeedInput, siteFeedInput } from '@/lib/seo/feeds';
import { cachedTextResponse } from '@/lib/seo/http';
import { getSite } from '@/lib/site';

const FORMATS = {
  rss: { build: buildRss, contentType: 'application/rss+xml', path: '/feed.xml' },
  atom: { build: buildAtom, contentType: 'application/atom+xml', path: '/atom.xml' },
  json: { build: buildJsonFeed, contentType: 'application/feed+json', path: '/feed.json' },
} as const;

/** A feed of the newest published articles: the whole site's, or one section's (RSS; 404 for an unknown section). */
export async function feedResponse(request: Request, format: keyof typeof FORMATS, sectionSlug?: string): Promise<Response> {
  const { build, contentType, path } = FORMATS[format];
  const [site, section, page] = await Promise.all([
    getSite(),
    sectionSlug ? getSection(sectionSlug) : undefined,
    getArticles({ section: sectionSlug, perPage: FEED_SIZE }),
  ]);
  if (sectionSlug && !section) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const articles = page?.items ?? [];
  const body = await bodyForVersion(await getPublishedArticles(), `${format}:${sectionSlug ?? ''}`, async () =>
    build(section ? sectionFeedInput(site, section, articles) : siteFeedInput(site, articles, path)),
  );
  return cachedTextResponse(request, body, { contentType, lastModified: feedLastModified(articles) });
}
