import { getArticles, getPublishedArticles, getTranslationLookup } from '@/lib/content';
import { bodyForVersion } from '@/lib/seo/cache-policy';
import { cachedTextResponse } from '@/lib/seo/http';
import { frontsFileNumber, getFrontUrls, sitemapPart } from '@/lib/seo/fronts-sitemap';
import { articleEntries, MAX_SITEMAP_URLS, newestChange, urlSet } from '@/lib/seo/sitemaps';
import { getSite } from '@/lib/site';

/** Rendered per request: the content and SITE_URL are read at run time. */
export const dynamic = 'force-dynamic';

const notFound = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/** `/sitemaps/fronts.xml` (then `fronts-2.xml`…) and `/sitemaps/articles-<n>.xml`, 50,000 URLs each, newest first. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const frontsPart = frontsFileNumber(file);
  if (frontsPart) {
    const articles = await getPublishedArticles();
    const urls = sitemapPart(await getFrontUrls(), frontsPart);
    if (!urls) return notFound();
    const { xml, lastModified } = await bodyForVersion(articles, file, async () => ({ xml: urlSet(urls), lastModified: newestChange(articles) }));
    return cachedTextResponse(request, xml, { contentType: 'application/xml', lastModified });
  }
  const n = /^articles-([1-9]\d{0,6})\.xml$/.exec(file)?.[1];
  const page = n ? await getArticles({ page: Number(n), perPage: MAX_SITEMAP_URLS }) : undefined;
  if (!page) return notFound();
  const [site, translations] = await Promise.all([getSite(), getTranslationLookup()]);
  const { xml, lastModified } = await bodyForVersion(await getPublishedArticles(), file, async () => ({
    xml: urlSet(articleEntries(site, page.items, translations)),
    lastModified: newestChange(page.items),
  }));
  return cachedTextResponse(request, xml, { contentType: 'application/xml', lastModified });
}
