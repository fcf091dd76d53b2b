/** First path segments the site uses itself; a section with one of these slugs would be unreachable. */
export const RESERVED_SECTION_SLUGS = new Set([
  'tags', 'authors', 'search', 'archive', 'api', 'images', 'preview', 'page', 'feed', 'feeds', 'rss', 'atom',
  'sitemap', 'sitemaps', 'news-sitemap', 'robots', 'opensearch', 'static', 'assets', 'favicon', 'next', '404', '500', 'og', 'logo', 'icon', 'front-page',
]);

/** Explains a reserved-slug clash in the words an editor needs. */
export function reservedSlugMessage(name: string, slug: string): string {
  return `section "${name}" would live at /${slug}, which the site uses itself (${[...RESERVED_SECTION_SLUGS].slice(0, 6).map((s) => `/${s}`).join(', ')}…): rename the section or give it another slug in sections.yml`;
}
