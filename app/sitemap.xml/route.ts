import { getArticles } from '@/lib/content';
import { cachedTextResponse } from '@/lib/seo/http';
import { MAX_SITEMAP_URLS, newestChange, planSitemaps, sitemapIndex } from '@/lib/seo/sitemaps';
import { absoluteUrl, getSite } from '@/lib/site';

/** Rendered per request: the content and SITE_URL are read at run time. */
export const dynamic = 'force-dynamic';

/** `/sitemap.xml`: the sitemap index naming the fronts sitemap and every article sitemap. */
export async function GET(request: Request) {
  const [site, all] = await Promise.all([getSite(), getArticles({ perPage: Number.MAX_SAFE_INTEGER })]);
  const articles = all?.items ?? [];
  const files = planSitemaps(articles.length);
  const entries = [{ loc: absoluteUrl(site, '/sitemaps/fronts.xml'), lastmod: newestChange(articles) }];
  for (let n = 1; n <= files; n++) {
    const chunk = articles.slice((n - 1) * MAX_SITEMAP_URLS, n * MAX_SITEMAP_URLS);
    entries.push({ loc: absoluteUrl(site, `/sitemaps/articles-${n}.xml`), lastmod: newestChange(chunk) });
  }
  return cachedTextResponse(request, sitemapIndex(entries), { contentType: 'application/xml', lastModified: newestChange(articles) });
}
