import type { Article, Section } from '../content';
import { languageFeedPath, languageFrontPath } from '../content/languages';
import { languagesOf } from '../content/schema';
import { languageName } from '../messages';
import { formatIsoInZone } from '../content/dates';
import { absoluteUrl, type Site } from '../site';
import { xmlEscape } from './http';

/** How many of the newest articles a feed carries. */
export const FEED_SIZE = 50;

/** What a feed is built from: the articles newest first, and the absolute URLs of the feed and its HTML page. */
export interface FeedInput {
  site: Site;
  articles: readonly Article[];
  /** The absolute URL the feed is served at (`atom:link rel="self"`, Atom id, JSON `feed_url`). */
  selfUrl: string;
  title: string;
  description?: string;
  /** The absolute URL of the page the feed follows: the front page or a section front. */
  homeUrl: string;
  /** The feed's time when it has no articles. */
  now?: Date;
  /** The feed's language (default: the site's); entries in another language say theirs. */
  language?: string;
}

/** A `<link rel="alternate">` to a feed, for page metadata. */
export interface FeedLink {
  type: string;
  title: string;
  href: string;
}

const IMAGE_TYPES: Record<string, string> = {
  svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp', avif: 'image/avif', gif: 'image/gif',
};

const e = xmlEscape;

/**
 * Plain text as HTML, for RSS fields that readers render as HTML (`<description>`): the reader decodes the
 * XML and parses what is left as markup, so the text must already be escaped once for HTML.
 */
export function asHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Plain text for RSS fields that the format calls text but many readers render as HTML (titles, bylines,
 * categories): only `<` can open markup, so only it is escaped for HTML; an `&` stays readable either way.
 */
export function asInertText(text: string): string {
  return text.replace(/</g, '&lt;');
}
const rfc822 = (date: Date) => date.toUTCString();
const rfc3339 = (site: Site, date: Date) => formatIsoInZone(date, site.timezone);
const modified = (article: Article) => article.updated ?? article.date;
const articleUrl = (site: Site, article: Article) => absoluteUrl(site, article.url);
const authorUrl = (site: Site, id: string) => absoluteUrl(site, `/authors/${encodeURIComponent(id)}`);
const imageUrl = (site: Site, article: Article) => (article.image ? absoluteUrl(site, article.image) : undefined);

/** The MIME type of an image path by its extension, when it is one the site serves. */
export function imageType(path: string): string | undefined {
  const ext = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(path)?.[1]?.toLowerCase();
  return ext ? IMAGE_TYPES[ext] : undefined;
}

/** When the feed last changed: the newest `updated ?? date` of its articles (an edit can make an older one newest). */
export function feedLastModified(articles: readonly Article[]): Date | undefined {
  let newest: Date | undefined;
  for (const article of articles) if (!newest || modified(article) > newest) newest = modified(article);
  return newest;
}

// The build time comes from the content, not the clock, so an unchanged feed keeps its ETag.
const feedUpdated = (input: FeedInput) => feedLastModified(input.articles) ?? input.now ?? new Date();

/** The RSS 2.0 feed, with Dublin Core bylines and Media RSS hero images. */
export function buildRss(input: FeedInput): string {
  const { site } = input;
  const items = input.articles.map((article) => {
    const url = e(articleUrl(site, article));
    const image = imageUrl(site, article);
    const type = image && imageType(image);
    return [
      '<item>',
      `<title>${e(asInertText(article.title))}</title>`,
      `<link>${url}</link>`,
      `<guid isPermaLink="true">${url}</guid>`,
      article.summary ? `<description>${e(asHtmlText(article.summary))}</description>` : '',
      article.bylines.length ? `<dc:creator>${e(asInertText(article.bylines.map((b) => b.name).join(', ')))}</dc:creator>` : '',
      ...article.tagRefs.map((tag) => `<category>${e(asInertText(tag.name))}</category>`),
      `<pubDate>${rfc822(article.date)}</pubDate>`,
      // No <enclosure>: RSS requires its byte length, which would mean reading every image; Media RSS needs none.
      image
        ? `<media:content url="${e(image)}" medium="image"${type ? ` type="${type}"` : ''}>` +
          (article.imageAlt ? `<media:description type="plain">${e(article.imageAlt)}</media:description>` : '') +
          '</media:content>'
        : '',
      '</item>',
    ].filter(Boolean).join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
    '<channel>',
    `<title>${e(asInertText(input.title))}</title>`,
    `<link>${e(input.homeUrl)}</link>`,
    `<description>${e(asHtmlText(input.description ?? site.description ?? input.title))}</description>`,
    `<language>${e(input.language ?? site.language)}</language>`,
    `<lastBuildDate>${rfc822(feedUpdated(input))}</lastBuildDate>`,
    `<atom:link href="${e(input.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** The Atom 1.0 feed; the site is the feed's author, so an entry without a byline still has one. */
export function buildAtom(input: FeedInput): string {
  const { site } = input;
  const subtitle = input.description ?? site.description;
  const entries = input.articles.map((article) => {
    const url = e(articleUrl(site, article));
    const image = imageUrl(site, article);
    const type = image && imageType(image);
    const lang = article.language !== (input.language ?? site.language) ? ` xml:lang="${e(article.language)}"` : '';
    return [
      `<entry${lang}>`,
      `<id>${url}</id>`,
      `<title type="text">${e(article.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${url}"/>`,
      `<published>${rfc3339(site, article.date)}</published>`,
      `<updated>${rfc3339(site, modified(article))}</updated>`,
      article.summary ? `<summary type="text">${e(article.summary)}</summary>` : '',
      ...article.bylines.map((b) => `<author><name>${e(b.name)}</name><uri>${e(authorUrl(site, b.id))}</uri></author>`),
      ...article.tagRefs.map((tag) => `<category term="${e(tag.slug)}" label="${e(tag.name)}"/>`),
      image
        ? `<link rel="enclosure"${type ? ` type="${type}"` : ''} href="${e(image)}"${article.imageAlt ? ` title="${e(article.imageAlt)}"` : ''}/>`
        : '',
      '</entry>',
    ].filter(Boolean).join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(input.language ?? site.language)}">`,
    `<id>${e(input.selfUrl)}</id>`,
    `<title type="text">${e(input.title)}</title>`,
    ...(subtitle ? [`<subtitle type="text">${e(subtitle)}</subtitle>`] : []),
    `<updated>${rfc3339(site, feedUpdated(input))}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${e(input.selfUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${e(input.homeUrl)}"/>`,
    `<author><name>${e(site.name)}</name><uri>${e(absoluteUrl(site, '/'))}</uri></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** The JSON Feed 1.1 document. */
export function buildJsonFeed(input: FeedInput): string {
  const { site } = input;
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: input.title,
    home_page_url: input.homeUrl,
    feed_url: input.selfUrl,
    description: input.description ?? site.description,
    language: input.language ?? site.language,
    authors: [{ name: site.name, url: absoluteUrl(site, '/') }],
    items: input.articles.map((article) => ({
      id: articleUrl(site, article),
      url: articleUrl(site, article),
      title: article.title,
      ...(article.language !== (input.language ?? site.language) ? { language: article.language } : {}),
      summary: article.summary,
      // JSON Feed requires content_text or content_html; the body stays on the site.
      content_text: article.summary ?? article.title,
      image: imageUrl(site, article),
      date_published: rfc3339(site, article.date),
      date_modified: rfc3339(site, modified(article)),
      authors: article.bylines.length ? article.bylines.map((b) => ({ name: b.name, url: authorUrl(site, b.id) })) : undefined,
      tags: article.tagRefs.length ? article.tagRefs.map((tag) => tag.name) : undefined,
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** The input of the whole site's feed at `path` (like `/feed.xml`). */
export function siteFeedInput(site: Site, articles: readonly Article[], path: string): FeedInput {
  return { site, articles, selfUrl: absoluteUrl(site, path), title: site.name, description: site.description, homeUrl: absoluteUrl(site, '/') };
}

/** The input of a language edition's RSS feed (not the main language's), served at `/fr/feed.xml`. */
export function languageFeedInput(site: Site, language: string, articles: readonly Article[]): FeedInput {
  const languages = languagesOf(site);
  return {
    site, articles, language,
    selfUrl: absoluteUrl(site, languageFeedPath(language, languages)),
    title: `${site.name} (${languageName(language)})`,
    description: site.description,
    homeUrl: absoluteUrl(site, languageFrontPath(language, languages)),
  };
}

/** The input of one section's RSS feed, served at `/<section>/feed.xml`. */
export function sectionFeedInput(site: Site, section: Section, articles: readonly Article[]): FeedInput {
  return {
    site, articles,
    selfUrl: absoluteUrl(site, `/${section.slug}/feed.xml`),
    title: `${site.name}: ${section.name}`,
    description: section.description ?? `The latest ${section.name} stories from ${site.name}`,
    homeUrl: absoluteUrl(site, `/${section.slug}`),
  };
}

/** The feeds a page can announce with `<link rel="alternate">`: the site's three, then the section's RSS when given. */
export function feedLinks(site: Site, section?: Pick<Section, 'slug' | 'name'>, language?: string): FeedLink[] {
  const languages = languagesOf(site);
  if (language && language !== languages[0]) {
    const href = absoluteUrl(site, languageFeedPath(language, languages));
    return [{ type: 'application/rss+xml', title: `${site.name} (${languageName(language)}, RSS)`, href }];
  }
  const links: FeedLink[] = [
    { type: 'application/rss+xml', title: `${site.name} (RSS)`, href: absoluteUrl(site, '/feed.xml') },
    { type: 'application/atom+xml', title: `${site.name} (Atom)`, href: absoluteUrl(site, '/atom.xml') },
    { type: 'application/feed+json', title: `${site.name} (JSON Feed)`, href: absoluteUrl(site, '/feed.json') },
  ];
  if (section) {
    links.push({ type: 'application/rss+xml', title: `${site.name}: ${section.name} (RSS)`, href: absoluteUrl(site, `/${section.slug}/feed.xml`) });
  }
  return links;
}
