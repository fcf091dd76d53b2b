import { getPublishedArticles } from '@/lib/content';
import { bodyForVersion } from '@/lib/seo/cache-policy';
import { cachedTextResponse } from '@/lib/seo/http';
import { frontsFileName, getFrontUrls } from '@/lib/seo/fronts-sitemap';
import { MAX_SITEMAP_URLS, newestChange, planSitemaps, sitemapIndex } from '@/lib/seo/sitemaps';
import { absoluteUrl, getSite } from '@/lib/site';

/** Rendered per request: the content and SITE_URL are read at run time. */
export const dynamic = 'force-dynamic';

/** `/sitemap.xml`: the sitemap index naming every part of the fronts sitemap and every article sitemap. */
export async function GET(request: Request) {
  const [site, articles] = await Promise.all([getSite(), getPublishedArticles()]);
  const { xml, lastModified } = await bodyForVersion(articles, 'sitemap-index', async () => {
    const fronts = planSitemaps((await getFrontUrls()).length);
    const entries = Array.from({ length: fronts }, (_, i) => ({ loc: absoluteUrl(site, `/sitemaps/${frontsFileName(i + 1)}`), lastmod: newestChange(articles) }));
    for (let n = 1; n <= planSitemaps(articles.length); n++) {
      const chunk = articles.slice((n - 1) * MAX_SITEMAP_URLS, n * MAX_SITEMAP_URLS);
      entries.push({ loc: absoluteUrl(site, `/sitemaps/articles-${n}.xml`), lastmod: newestChange(chunk) });
    }
    return { xml: sitemapIndex(entries), lastModified: newestChange(articles) };
  });
  return cachedTextResponse(request, xml, { contentType: 'application/xml', lastModified });
}
