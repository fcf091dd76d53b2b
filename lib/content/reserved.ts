/** First path segments the site uses itself; a section with one of these slugs would be unreachable. */
export const RESERVED_SECTION_SLUGS = new Set([
  'tags', 'authors', 'search', 'archive', 'api', 'images', 'preview', 'page', 'feed', 'feeds', 'rss', 'atom',
  'sitemap', 'sitemaps', 'news-sitemap', 'robots', 'opensearch', 'static', 'assets', 'favicon', 'next', '404', '500', 'og', 'logo', 'icon', 'front-page', 'index-pages', 'search-results',
  'corrections', 'desk',
]);

/** Explains a reserved-slug clash in the words an editor needs. */
export function reservedSlugMessage(name: string, slug: string): string {
  return `section "${name}" would live at /${slug}, which the site uses itself (${[...RESERVED_SECTION_SLUGS].slice(0, 6).map((s) => `/${s}`).join(', ')}…): rename the section or give it another slug in sections.yml`;
}

/** The route files at the root of app/ (tests/unit/path-status.test.ts keeps the list in step with app/). */
export const ROOT_ROUTE_FILES = new Set(['atom.xml', 'favicon.ico', 'feed.json', 'feed.xml', 'icon.svg', 'logo.png',
  'news-sitemap.xml', 'opensearch.xml', 'robots.txt', 'sitemap.xml']);
/** The route files inside a section (`/news/feed.xml`). */
export const SECTION_ROUTE_FILES = new Set(['feed.xml']);
// First segments with a route of their own: an old address there could never be reached, or would take a page over.
const ROUTE_SEGMENTS = new Set(['tags', 'authors', 'search', 'archive', 'api', 'images', 'og', 'sitemaps', 'front-page', 'index-pages', 'search-results', 'corrections', 'desk']);

/**
 * True for an address the site answers itself (the front page, route files, route folders, Next's files), where
 * an alias or a journal entry would turn the site's own file into a redirect to one article.
 */
export function isReservedPath(pathname: string): boolean {
  let decoded: string;
  try {
    // The site decodes a request before it routes it: `/%72obots.txt` is /robots.txt.
    decoded = decodeURIComponent(pathname);
  } catch {
    return true; // No request can name it, so no alias needs it.
  }
  const segments: string[] = [];
  // Dot segments as a browser resolves them: `/old/../robots.txt` is requested as /robots.txt.
  for (const segment of decoded.toLowerCase().split(/[/\\]/)) {
    if (segment === '..') segments.pop();
    else if (segment && segment !== '.') segments.push(segment);
  }
  const [first] = segments;
  if (!first || first.startsWith('_') || first.startsWith('.') || ROUTE_SEGMENTS.has(first)) return true;
  if (segments.length === 1) return ROOT_ROUTE_FILES.has(first);
  return segments.length === 2 && SECTION_ROUTE_FILES.has(segments[1]);
}
