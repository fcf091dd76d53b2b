import type { MetadataRoute } from 'next';
import { absoluteUrl, getSite } from '@/lib/site';

/** Rendered per request: without this Next prerenders robots.txt at build, freezing the build's SITE_URL. */
export const dynamic = 'force-dynamic';

/** `/robots.txt`: everything may be crawled but the API (previews) and the editors' desk, and where the sitemaps are. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const site = await getSite();
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/api/', '/desk'] },
    sitemap: [absoluteUrl(site, '/sitemap.xml'), absoluteUrl(site, '/news-sitemap.xml')],
  };
}
