import { pageHref } from '@/components/Pagination';
import { getArticles, getAuthors, getPublishedArticles, getSections, getTags, PAGE_SIZE } from '@/lib/content';
import { bodyForVersion } from '@/lib/seo/cache-policy';
import { cachedTextResponse } from '@/lib/seo/http';
import { articleEntries, listingEntries, MAX_SITEMAP_URLS, newestChange, urlSet } from '@/lib/seo/sitemaps';
import { getSite } from '@/lib/site';

/** Rendered per request: the content and SITE_URL are read at run time. */
export const dynamic = 'force-dynamic';

const ALL = Number.MAX_SAFE_INTEGER;

async function listing(basePath: string, filter: { section?: string; tag?: string; author?: string }) {
  return { basePath, articles: (await getArticles({ ...filter, perPage: ALL }))?.items ?? [] };
}

/** The front page, section fronts with stories, tag and author pages: every page of each. */
async function frontsSitemap(): Promise<string> {
  const [site, sections, tags, authors] = await Promise.all([getSite(), getSections(), getTags(), getAuthors()]);
  const listings = await Promise.all([
    listing('/', {}),
    ...sections.filter((s) => s.count > 0).map((s) => listing(`/${s.slug}`, { section: s.slug })),
    ...tags.map((t) => listing(`/tags/${t.slug}`, { tag: t.slug })),
    ...authors.map((a) => listing(`/authors/${a.id}`, { author: a.id })),
  ]);
  const [home, ...rest] = listings;
  // The front page is one page however many stories there are.
  const urls = [
    ...listingEntries(site, { basePath: '/', articles: home.articles }, { perPage: ALL, pageHref }),
    ...rest.flatMap((l) => listingEntries(site, l, { perPage: PAGE_SIZE, pageHref })),
  ];
  return urlSet(urls);
}

/** `/sitemaps/fronts.xml` and `/sitemaps/articles-<n>.xml` (50,000 articles each, newest first). */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (file === 'fronts.xml') {
    const articles = await getPublishedArticles();
    const { xml, lastModified } = await bodyForVersion(articles, file, async () => ({ xml: await frontsSitemap(), lastModified: newestChange(articles) }));
    return cachedTextResponse(request, xml, { contentType: 'application/xml', lastModified });
  }
  const n = /^articles-([1-9]\d{0,6})\.xml$/.exec(file)?.[1];
  const page = n ? await getArticles({ page: Number(n), perPage: MAX_SITEMAP_URLS }) : undefined;
  if (!page) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const site = await getSite();
  const { xml, lastModified } = await bodyForVersion(await getPublishedArticles(), file, async () => ({
    xml: urlSet(articleEntries(site, page.items)),
    lastModified: newestChange(page.items),
  }));
  return cachedTextResponse(request, xml, { contentType: 'application/xml', lastModified });
}
