import type { Metadata } from 'next';
import { formatIsoInZone, type Article } from '../content';
import { absoluteUrl, type Site } from '../site';
import { feedLinks } from './feeds';
import { languageFrontPath } from '../content/languages';
import { languagesOf } from '../content/schema';
import { languageName } from '../messages';

type FeedTypes = NonNullable<NonNullable<Metadata['alternates']>['types']>;

/** The site's feeds (and a section's) as `<link rel="alternate">` entries, so readers and crawlers find them. */
export function feedAlternates(site: Site, section?: { slug: string; name: string }, language?: string): FeedTypes {
  const types: Record<string, { url: string; title: string }[]> = {};
  for (const link of feedLinks(site, section, language)) (types[link.type] ??= []).push({ url: link.href, title: link.title });
  return types as FeedTypes;
}

/** Open Graph wants `en_GB` where the site says `en-GB`. */
export function ogLocale(language: string): string {
  const [lang, region] = language.split('-');
  return region ? `${lang.toLowerCase()}_${region.toUpperCase()}` : lang.toLowerCase();
}

/**
 * Head metadata of a language edition's front page (`/` or `/fr`): its own canonical, title, feed and locale, and
 * hreflang alternates linking every edition's front.
 */
export function frontMetadata(site: Site, language: string): Metadata {
  const languages = languagesOf(site);
  const path = languageFrontPath(language, languages);
  const base = pageMetadata(site, { path, ...(path === '/' ? {} : { title: `${site.name} (${languageName(language)})` }) });
  const editions = languageAlternates(languages.map((l) => ({ language: l, url: languageFrontPath(l, languages) })), '/');
  return {
    ...base,
    alternates: { ...base.alternates, types: feedAlternates(site, undefined, language), ...(languages.length > 1 ? { languages: editions } : {}) },
    openGraph: { ...base.openGraph, locale: ogLocale(language) },
  };
}

/** Head metadata of a page that is not an article: self-canonical, Open Graph website card, Twitter card. */
export function pageMetadata(
  site: Site,
  page: { title?: string; description?: string; path: string; section?: { slug: string; name: string } },
): Metadata {
  const title = page.title ?? site.name;
  const description = page.description ?? site.description;
  const image = { url: absoluteUrl(site, '/og'), width: 1200, height: 630, alt: site.name };
  return {
    ...(page.title ? { title: page.title } : {}),
    description,
    alternates: { canonical: page.path, types: feedAlternates(site, page.section) },
    openGraph: { type: 'website', siteName: site.name, locale: ogLocale(site.language), url: page.path, title, description, images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [image.url] },
  };
}

/**
 * `hreflang` alternates of a page in several languages: each version by its language, and `x-default` at the
 * original (the version in the site's main language, or the first one written).
 */
export function languageAlternates(versions: { language: string; url: string }[], original: string): Record<string, string> {
  if (versions.length < 2) return {};
  const languages: Record<string, string> = {};
  for (const v of versions) languages[v.language] ??= v.url;
  return { ...languages, 'x-default': original };
}

/**
 * Head metadata of an article: Open Graph article with times, section, tags and its social card, its language, and
 * with `translations` (the same story in other languages) the hreflang alternates and Open Graph alternate locales.
 */
export function articleMetadata(site: Site, article: Article, translations: Article[] = []): Metadata {
  const original = translations.find((a) => a.slug === article.translationOf) ?? article;
  const languages = languageAlternates([article, ...translations], original.url);
  const image = { url: absoluteUrl(site, `/og/${article.slug}`), width: 1200, height: 630, alt: article.imageAlt ?? article.title };
  return {
    title: article.title,
    description: article.summary,
    alternates: {
      canonical: article.url,
      types: feedAlternates(site, { slug: article.sectionSlug, name: article.sectionName }),
      ...(translations.length ? { languages } : {}),
    },
    authors: article.bylines.map((b) => ({ name: b.name, url: `/authors/${b.id}` })),
    keywords: article.tags,
    openGraph: {
      type: 'article',
      siteName: site.name,
      locale: ogLocale(article.language),
      ...(translations.length ? { alternateLocale: translations.map((a) => ogLocale(a.language)) } : {}),
      url: article.url,
      title: article.title,
      description: article.summary,
      publishedTime: formatIsoInZone(article.date, site.timezone),
      modifiedTime: formatIsoInZone(article.updated ?? article.date, site.timezone),
      section: article.sectionName,
      tags: article.tags,
      authors: article.bylines.map((b) => absoluteUrl(site, `/authors/${b.id}`)),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: article.title, description: article.summary, images: [image.url] },
  };
}
