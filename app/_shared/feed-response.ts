import { getArticles, getLanguageArticles, getPublishedArticles, getSection, languageOfFrontSegment, languagesOf } from '@/lib/content';
import { bodyForVersion } from '@/lib/seo/cache-policy';
import { FEED_SIZE, buildAtom, buildJsonFeed, buildRss, feedLastModified, languageFeedInput, sectionFeedInput, siteFeedInput } from '@/lib/seo/feeds';
import { cachedTextResponse } from '@/lib/seo/http';
import { getSite } from '@/lib/site';

const FORMATS = {
  rss: { build: buildRss, contentType: 'application/rss+xml', path: '/feed.xml' },
  atom: { build: buildAtom, contentType: 'application/atom+xml', path: '/atom.xml' },
  json: { build: buildJsonFeed, contentType: 'application/feed+json', path: '/feed.json' },
} as const;

/**
 * A feed of the newest published articles: the main language edition's, or (RSS) one section's or another
 * language edition's at `/<segment>/feed.xml`; 404 when the segment is neither.
 */
export async function feedResponse(request: Request, format: keyof typeof FORMATS, segment?: string): Promise<Response> {
  const { build, contentType, path } = FORMATS[format];
  const [site, section] = await Promise.all([getSite(), segment ? getSection(segment) : undefined]);
  const languages = languagesOf(site);
  const language = segment && !section ? languageOfFrontSegment(segment, languages) : undefined;
  if (segment && !section && !language) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const page = section
    ? await getArticles({ section: section.slug, perPage: FEED_SIZE })
    : await getLanguageArticles(language ?? languages[0], 1, FEED_SIZE);
  const articles = page?.items ?? [];
  const body = await bodyForVersion(await getPublishedArticles(), `${format}:${segment ?? ''}`, async () =>
    build(section ? sectionFeedInput(site, section, articles) : language ? languageFeedInput(site, language, articles) : siteFeedInput(site, articles, path)),
  );
  return cachedTextResponse(request, body, { contentType, lastModified: feedLastModified(articles) });
}
