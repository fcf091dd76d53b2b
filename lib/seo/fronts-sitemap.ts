import { pageHref } from '@/components/Pagination';
import {
  getArticles, getAuthors, getLanguageArticles, getPublishedArticles, getSections, getTags, languageFrontPath, languagesOf, PAGE_SIZE,
} from '@/lib/content';
import { getSite } from '@/lib/site';
import { bodyForVersion } from './cache-policy';
import { absoluteUrl } from '@/lib/site';
import { hreflangAlternates, listingEntries, MAX_SITEMAP_URLS, type SitemapUrl } from './sitemaps';

const ALL = Number.MAX_SAFE_INTEGER;

/** The file of the fronts sitemap's n-th part: `fronts.xml` first (its address since the start), then `fronts-2.xml`… */
export function frontsFileName(n: number): string {
  return n === 1 ? 'fronts.xml' : `fronts-${n}.xml`;
}

/** Which part of the fronts sitemap a file name asks for, or undefined when it names none. */
export function frontsFileNumber(file: string): number | undefined {
  if (file === 'fronts.xml') return 1;
  const n = /^fronts-([2-9]|[1-9]\d{1,6})\.xml$/.exec(file)?.[1];
  return n ? Number(n) : undefined;
}

/** The n-th part (from 1) of `urls` split into files of at most `maxUrls`; undefined past the last (part 1 always exists). */
export function sitemapPart<T>(urls: readonly T[], n: number, maxUrls = MAX_SITEMAP_URLS): T[] | undefined {
  if (n > 1 && (n - 1) * maxUrls >= urls.length) return undefined;
  return urls.slice((n - 1) * maxUrls, n * maxUrls);
}

async function listing(basePath: string, filter: { section?: string; tag?: string; author?: string }) {
  return { basePath, articles: (await getArticles({ ...filter, perPage: ALL }))?.items ?? [] };
}

async function buildFrontUrls(): Promise<SitemapUrl[]> {
  const [site, sections, tags, authors] = await Promise.all([getSite(), getSections(), getTags(), getAuthors()]);
  const rest = await Promise.all([
    ...sections.filter((s) => s.count > 0).map((s) => listing(`/${s.slug}`, { section: s.slug })),
    ...tags.map((t) => listing(`/tags/${t.slug}`, { tag: t.slug })),
    ...authors.map((a) => listing(`/authors/${a.id}`, { author: a.id })),
  ]);
  const languages = languagesOf(site);
  const fronts = languages.map((l) => ({ language: l, href: absoluteUrl(site, languageFrontPath(l, languages)) }));
  const editions = await Promise.all(languages.map(async (l) => ({
    basePath: languageFrontPath(l, languages), articles: (await getLanguageArticles(l, 1, ALL))?.items ?? [],
  })));
  // Each language's front page is one page however many stories there are.
  return [
    ...editions.flatMap((edition) => listingEntries(site, edition, { perPage: ALL, pageHref })
      .map((url) => ({ ...url, alternates: hreflangAlternates(fronts, fronts[0].href) }))),
    ...rest.flatMap((l) => listingEntries(site, l, { perPage: PAGE_SIZE, pageHref })),
  ];
}

/** Every page of the front page, section fronts with stories, tag and author pages; built once per content version. */
export async function getFrontUrls(): Promise<SitemapUrl[]> {
  return bodyForVersion(await getPublishedArticles(), 'front-urls', buildFrontUrls);
}
