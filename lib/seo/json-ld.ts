import { formatIsoInZone, type Article, type Section } from '../content';
import { absoluteUrl, type Site } from '../site';
import { newestFirst } from '../content/live-entries';

type JsonLd = Record<string, unknown>;

/**
 * Serialises structured data for a `<script type="application/ld+json">`: `<`, `>` and `&` are
 * written as Unicode escapes, so a `</script>` inside a headline cannot close the script.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The newsroom as publisher: name, home page and logo. */
export function publisherJsonLd(site: Site): JsonLd {
  return {
    '@type': 'NewsMediaOrganization',
    name: site.name,
    url: absoluteUrl(site, '/'),
    logo: { '@type': 'ImageObject', url: absoluteUrl(site, '/logo.png'), width: 512, height: 512 },
  };
}

/** The images search engines may show for an article: its hero, else its generated social card. */
export function articleImages(site: Site, article: Article): string[] {
  const card = absoluteUrl(site, `/og/${article.slug}`);
  return article.image ? [absoluteUrl(site, article.image), card] : [card];
}

/**
 * `NewsArticle` for an article page, with every property Google documents as required or recommended; with the
 * story's other languages (`translations`, see getTranslations) it names its original and its translations.
 */
export function newsArticleJsonLd(site: Site, article: Article, translations: Article[] = []): JsonLd {
  const url = absoluteUrl(site, article.url);
  const ref = (a: Article) => ({ '@type': a.live ? 'LiveBlogPosting' : 'NewsArticle', '@id': absoluteUrl(site, a.url), inLanguage: a.language });
  const original = translations.find((a) => a.slug === article.translationOf);
  const others = translations.filter((a) => a !== original);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    image: articleImages(site, article),
    datePublished: formatIsoInZone(article.date, site.timezone),
    dateModified: formatIsoInZone(article.updated ?? article.date, site.timezone),
    author: article.bylines.map((b) => ({ '@type': 'Person', name: b.name, url: absoluteUrl(site, `/authors/${b.id}`) })),
    publisher: publisherJsonLd(site),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    articleSection: article.sectionName,
    keywords: article.tags,
    wordCount: article.wordCount,
    inLanguage: article.language,
    ...(original ? { translationOfWork: ref(original) } : {}),
    ...(others.length && !article.translationOf ? { workTranslation: others.map(ref) } : {}),
    ...(article.corrections
      ? {
          correction: article.corrections.map((c) => ({
            '@type': 'CorrectionComment', text: c.text, datePublished: formatIsoInZone(c.date, site.timezone),
          })),
        }
      : {}),
  };
}

/** How many of a live article's latest entries its JSON-LD lists: the page stays small however long coverage runs. */
export const LIVE_JSON_LD_ENTRIES = 50;

/**
 * `LiveBlogPosting` for live coverage (Google's live badge): the article's NewsArticle properties, the coverage
 * times and the latest entries as `BlogPosting`s, each at its anchor on the page.
 */
export function liveBlogJsonLd(site: Site, article: Article, translations: Article[] = []): JsonLd {
  const live = article.live!;
  const url = absoluteUrl(site, article.url);
  return {
    ...newsArticleJsonLd(site, article, translations),
    '@type': 'LiveBlogPosting',
    coverageStartTime: formatIsoInZone(article.date, site.timezone),
    coverageEndTime: formatIsoInZone(live.until, site.timezone),
    liveBlogUpdate: newestFirst(live.entries).slice(0, LIVE_JSON_LD_ENTRIES).map((entry) => ({
      '@type': 'BlogPosting',
      headline: entry.title || article.title,
      datePublished: formatIsoInZone(entry.time, site.timezone),
      url: `${url}#${entry.id}`,
    })),
  };
}

/** `BreadcrumbList` for Home › … › the current page; the last crumb has no link of its own. */
export function breadcrumbJsonLd(site: Site, crumbs: { name: string; path?: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      ...(crumb.path ? { item: absoluteUrl(site, crumb.path) } : {}),
    })),
  };
}

/** `WebSite` for the front page, with the site search as its `SearchAction`. */
export function webSiteJsonLd(site: Site): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    description: site.description,
    url: absoluteUrl(site, '/'),
    inLanguage: site.language,
    publisher: publisherJsonLd(site),
    potentialAction: {
      '@type': 'SearchAction',
      // The braces must stay literal: search engines substitute the reader's query there.
      target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(site, '/search')}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/**
 * `CollectionPage` for a front (home, section, tag, author or archive page) listing articles, or
 * other pages (`links`) such as an archive's months.
 */
export function collectionPageJsonLd(
  site: Site,
  page: { name: string; path: string; description?: string; articles?: Pick<Article, 'url' | 'title'>[]; links?: { name: string; path: string }[] },
): JsonLd {
  const items = page.links ?? (page.articles ?? []).map((a) => ({ name: a.title, path: a.url }));
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: page.name,
    description: page.description,
    url: absoluteUrl(site, page.path),
    isPartOf: { '@type': 'WebSite', name: site.name, url: absoluteUrl(site, '/') },
    mainEntity: {
      '@type': 'ItemList',
      itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, url: absoluteUrl(site, item.path), name: item.name })),
    },
  };
}

/** Crumbs for a section front or an article in it. */
export function sectionCrumbs(section: Pick<Section, 'name' | 'slug'>, article?: Pick<Article, 'title'>) {
  return [{ name: 'Home', path: '/' }, { name: section.name, path: article ? `/${section.slug}` : undefined }, ...(article ? [{ name: article.title }] : [])];
}
