import type { Article } from '@/lib/content/catalog';
import { absoluteUrl, type Site } from '@/lib/site';
import { xmlEscape } from './http';

/** The most URLs one sitemap file may list (sitemaps.org). */
export const MAX_SITEMAP_URLS = 50_000;

/** The most articles a Google News sitemap may list. */
export const MAX_NEWS_URLS = 1_000;

/** How far back a Google News sitemap reaches: articles published in the last two days. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const IMAGE_NS = 'http://www.google.com/schemas/sitemap-image/1.1';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** A child sitemap named in the sitemap index. */
export interface SitemapIndexEntry {
  loc: string;
  lastmod?: Date;
}

/** A picture on a page, for the image sitemap extension. */
export interface SitemapImage {
  loc: string;
  title?: string;
  caption?: string;
}

/** One page in a `<urlset>`: an absolute URL, when it last changed, and its pictures. */
export interface SitemapUrl {
  loc: string;
  lastmod?: Date;
  images?: SitemapImage[];
  /** The page in other languages (and itself), for `xhtml:link` hreflang alternates. */
  alternates?: { hreflang: string; href: string }[];
}

/** A W3C datetime in UTC with its zone designator, e.g. `2025-02-01T09:30:00Z`. */
export function w3cDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const tag = (name: string, text: string) => `<${name}>${xmlEscape(text)}</${name}>`;
const lastmodTag = (date?: Date) => (date ? tag('lastmod', w3cDateTime(date)) : '');

/** A sitemaps.org 0.9 `<sitemapindex>` naming each child sitemap. */
export function sitemapIndex(entries: SitemapIndexEntry[]): string {
  const body = entries.map((e) => `<sitemap>${tag('loc', e.loc)}${lastmodTag(e.lastmod)}</sitemap>`);
  return [XML_DECLARATION, `<sitemapindex xmlns="${SITEMAP_NS}">`, ...body, '</sitemapindex>', ''].join('\n');
}

function alternateTag(link: { hreflang: string; href: string }): string {
  return `<xhtml:link rel="alternate" hreflang="${xmlEscape(link.hreflang)}" href="${xmlEscape(link.href)}"/>`;
}

/**
 * The hreflang alternates of a page published in several languages (Google wants each version to list every
 * version, itself included, and `x-default`); none for a page in one language.
 */
export function hreflangAlternates(versions: { language: string; href: string }[], defaultHref: string): SitemapUrl['alternates'] {
  if (versions.length < 2) return undefined;
  return [...versions.map((v) => ({ hreflang: v.language, href: v.href })), { hreflang: 'x-default', href: defaultHref }];
}

function imageTag(image: SitemapImage): string {
  const title = image.title ? tag('image:title', image.title) : '';
  const caption = image.caption ? tag('image:caption', image.caption) : '';
  return `<image:image>${tag('image:loc', image.loc)}${title}${caption}</image:image>`;
}

/**
 * A sitemaps.org `<urlset>` with the image extension. At most 50,000 URLs a file (see `planSitemaps`);
 * the other limit, 50 MB uncompressed, is far off: a URL entry with one picture is under 1 kB unless
 * its URLs are kilobytes long (the unit tests hold 50,000 long entries to it).
 */
export function urlSet(urls: SitemapUrl[]): string {
  const body = urls.map(
    (u) => `<url>${tag('loc', u.loc)}${lastmodTag(u.lastmod)}${(u.images ?? []).map(imageTag).join('')}${(u.alternates ?? []).map(alternateTag).join('')}</url>`,
  );
  return [XML_DECLARATION, `<urlset xmlns="${SITEMAP_NS}" xmlns:image="${IMAGE_NS}" xmlns:xhtml="${XHTML_NS}">`, ...body, '</urlset>', ''].join('\n');
}

/** How many article sitemap files hold `articleCount` URLs, none over `maxUrls` (at least one, maybe empty). */
export function planSitemaps(articleCount: number, maxUrls = MAX_SITEMAP_URLS): number {
  return Math.max(1, Math.ceil(articleCount / maxUrls));
}

/** When an article last changed: its update time, else its publication time. */
export function articleLastModified(article: Pick<Article, 'date' | 'updated'>): Date {
  return article.updated ?? article.date;
}

/** The latest change among articles, or undefined for none. */
export function newestChange(articles: readonly Pick<Article, 'date' | 'updated'>[]): Date | undefined {
  let newest: Date | undefined;
  for (const article of articles) {
    const changed = articleLastModified(article);
    if (!newest || changed > newest) newest = changed;
  }
  return newest;
}

/**
 * Sitemap entries for articles: canonical absolute URL, last change, the hero picture if any, and with
 * `translations` (the story's other published languages) its hreflang alternates.
 */
export function articleEntries(site: Site, articles: readonly Article[], translations: (a: Article) => Article[] = () => []): SitemapUrl[] {
  // Only the picture's address: Google ignores image:title and image:caption since 2022, and long
  // captions would eat into the 50 MB budget of a full file.
  return articles.map((a) => {
    const others = translations(a);
    const original = others.find((o) => o.slug === a.translationOf) ?? a;
    const versions = [a, ...others].map((v) => ({ language: v.language, href: absoluteUrl(site, v.url) }));
    return {
      loc: absoluteUrl(site, a.url),
      lastmod: articleLastModified(a),
      images: a.image ? [{ loc: absoluteUrl(site, a.image) }] : undefined,
      alternates: hreflangAlternates(versions, absoluteUrl(site, original.url)),
    };
  });
}

/**
 * Sitemap entries for every page of a listing (front page, section, tag or author), each with the
 * listing's latest change. `pageHref` gives page n's path (page 1 is `basePath` itself).
 */
export function listingEntries(
  site: Site,
  listing: { basePath: string; articles: readonly Article[] },
  { perPage, pageHref }: { perPage: number; pageHref: (basePath: string, n: number) => string },
): SitemapUrl[] {
  const pages = Math.max(1, Math.ceil(listing.articles.length / perPage));
  const lastmod = newestChange(listing.articles);
  return Array.from({ length: pages }, (_, i) => ({ loc: absoluteUrl(site, pageHref(listing.basePath, i + 1)), lastmod }));
}

/**
 * The language code Google News wants: the ISO 639 code of a BCP 47 tag (`en` for `en-GB`),
 * except Chinese, which must say `zh-cn` (simplified) or `zh-tw` (traditional).
 */
export function newsLanguage(bcp47: string): string {
  const parts = bcp47.toLowerCase().split(/[-_]/);
  if (parts[0] !== 'zh') return parts[0] || 'en';
  return parts.slice(1).some((p) => ['hant', 'tw', 'hk', 'mo'].includes(p)) ? 'zh-tw' : 'zh-cn';
}

const inNewsWindow = (a: Pick<Article, 'date'>, now: Date) =>
  a.date <= now && now.getTime() - a.date.getTime() <= NEWS_WINDOW_MS;

/** The articles a Google News sitemap lists at `now`, newest first. */
export function newsArticles<T extends Pick<Article, 'date'>>(articles: readonly T[], now: Date): T[] {
  return articles
    .filter((a) => inNewsWindow(a, now))
    .sort((a, b) => b.date.getTime() - a.date.getTime())
    .slice(0, MAX_NEWS_URLS);
}

/**
 * When the news sitemap last changed: the latest change of an article in it, or the moment the
 * latest one left the 48-hour window, whichever is later. The newest article alone would be wrong:
 * a file that lost entries as they aged out would still look unmodified to If-Modified-Since.
 */
export function newsLastModified(articles: readonly Pick<Article, 'date' | 'updated'>[], now: Date): Date | undefined {
  const listed = newestChange(newsArticles(articles, now));
  const aged = articles.filter((a) => a.date <= now && !inNewsWindow(a, now));
  const left = aged.length
    ? new Date(Math.max(...aged.map((a) => a.date.getTime())) + NEWS_WINDOW_MS)
    : undefined;
  return !left || (listed && listed > left) ? listed : left;
}

/**
 * The Google News sitemap: articles first published in the 48 hours before `now` (none from the
 * future), newest first, at most 1,000. With none it is an empty, still valid, `<urlset>`.
 */
export function newsSitemap({ site, articles, now }: { site: Site; articles: readonly Article[]; now: Date }): string {
  const recent = newsArticles(articles, now);
  const publication = (language: string) => `<news:publication>${tag('news:name', site.name)}${tag('news:language', newsLanguage(language))}</news:publication>`;
  const body = recent.map(
    (a) =>
      `<url>${tag('loc', absoluteUrl(site, a.url))}<news:news>${publication(a.language ?? site.language)}` +
      `${tag('news:publication_date', w3cDateTime(a.date))}${tag('news:title', a.title)}</news:news></url>`,
  );
  return [XML_DECLARATION, `<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">`, ...body, '</urlset>', ''].join('\n');
}
