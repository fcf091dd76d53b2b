import {
  getArchiveMonth, getArchiveYears, getArticle, getArticles, getAuthor, getCorrections, getRedirectTarget, getSection, getSiteConfig, getTag,
  languageOfFrontSegment, languagesOf, parseArchiveMonth, parseArchiveYear, parsePageNumber,
} from './content';
import { RESERVED_SECTION_SLUGS, ROOT_ROUTE_FILES, SECTION_ROUTE_FILES } from './content/reserved';
import { listingPageNumber } from './redirects';

/** What a request path will answer, decided before any page renders. */
export type PathStatus = { kind: 'page' } | { kind: 'redirect'; to: string } | { kind: 'missing' };

// Reserved first segments whose routes answer for themselves (route handlers and excluded folders).
const ROUTE_FOLDERS = new Set(['api', 'images', 'og', 'sitemaps', 'front-page', 'index-pages', 'search-results', 'desk']);

const PAGE: PathStatus = { kind: 'page' };
const MISSING: PathStatus = { kind: 'missing' };
const redirect = (to: string): PathStatus => ({ kind: 'redirect', to });

/**
 * Resolves a path against the content index the way the page routes do, so the proxy can answer moves
 * with a redirect and unknown paths with the site's own 404 page. (A 404 thrown by a page is sent as
 * Next's empty error shell, vercel/next.js#62228, and a redirect thrown by a cached page carries its
 * Location header twice.) It answers `page` whenever a route other than the content pages could claim
 * the path, so it never hides a real page; `preview` leaves unpublished articles to the article route.
 */
export async function pathStatus(pathname: string, { preview = false } = {}): Promise<PathStatus> {
  let segments: string[];
  try {
    segments = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    // Undecodable escapes (`%ff`, a lone `%`): no page can have that address, and Next, left to decode it
    // itself, fails rendering its 400 page in an app without the pages router and answers 500.
    return MISSING;
  }
  const [first, ...rest] = segments;
  if (!first || first.startsWith('_')) return PAGE; // Next's own paths.
  // Route files (feed.xml, robots.txt…) end in an extension, but so may an imported article's old address;
  // any other such name is missing, or every one would be rendered and cached under a path of its own.
  if (segments[segments.length - 1].includes('.')) {
    const moved = await movedTo(segments, pathname);
    if (moved) return redirect(moved.url);
    const routeFile = segments.length === 1 ? ROOT_ROUTE_FILES.has(first) : segments.length === 2 && SECTION_ROUTE_FILES.has(rest[0]);
    return routeFile || ROUTE_FOLDERS.has(first) ? PAGE : MISSING;
  }
  if (first === 'tags') return rest.length ? topicStatus(first, rest) : PAGE;
  if (first === 'authors') return rest.length ? topicStatus(first, rest) : MISSING; // No index of authors.
  if (first === 'archive') return archiveStatus(rest);
  if (first === 'search') return rest.length ? MISSING : PAGE;
  if (first === 'corrections') return correctionsStatus(segments, pathname);
  if (ROUTE_FOLDERS.has(first)) return PAGE;
  // The site's other reserved words (`/feed`, `/rss`, `/page/2`…) lead to no page, unless an old address starts so.
  if (RESERVED_SECTION_SLUGS.has(first)) return movedOrMissing(segments, pathname);
  if (rest.length === 0) return sectionStatus(first, 1);
  if (rest.length === 2 && rest[0] === 'page') {
    const n = parsePageNumber(rest[1]);
    // Only to a real section, by its slug: the segment itself could decode to `/evil.example`.
    if (n === 1) return (await getSection(first)) ? redirect(`/${encodeURIComponent(first)}`) : MISSING;
    return n ? sectionStatus(first, n) : MISSING;
  }
  if (rest.length === 1) {
    const article = await getArticle(rest[0]);
    if (article) return article.sectionSlug === first ? PAGE : redirect(article.url);
    if (preview) return PAGE;
  }
  return movedOrMissing(segments, pathname);
}

/** The article an old address (alias or former path) belongs to, written decoded or as requested. */
async function movedTo(segments: string[], pathname: string) {
  return (await getRedirectTarget(`/${segments.join('/')}`)) ?? (await getRedirectTarget(pathname));
}

async function movedOrMissing(segments: string[], pathname: string): Promise<PathStatus> {
  const moved = await movedTo(segments, pathname);
  return moved ? redirect(moved.url) : MISSING;
}

async function correctionsStatus(segments: string[], pathname: string): Promise<PathStatus> {
  if (segments.length === 1) return PAGE;
  const n = segments.length === 3 && segments[1] === 'page' ? parsePageNumber(segments[2]) : undefined;
  if (n === 1) return redirect('/corrections');
  return n && (await getCorrections(n)) ? PAGE : movedOrMissing(segments, pathname);
}

async function sectionStatus(slug: string, page: number): Promise<PathStatus> {
  const section = await getSection(slug);
  if (!section && page === 1 && languageOfFrontSegment(slug, languagesOf(await getSiteConfig()))) return PAGE; // A language edition's front.
  const found = section && (await getArticles({ section: slug, page }));
  return found ? PAGE : movedOrMissing(page > 1 ? [slug, 'page', String(page)] : [slug], `/${slug}`);
}

async function topicStatus(kind: 'tags' | 'authors', [id, ...tail]: string[]): Promise<PathStatus> {
  const exists = kind === 'tags' ? await getTag(id) : await getAuthor(id);
  if (!exists) return MISSING;
  if (tail.join('/') === 'page/1') return redirect(`/${kind}/${encodeURIComponent(id)}`);
  const n = listingPageNumber(tail);
  if (!n) return MISSING;
  return (await getArticles(kind === 'tags' ? { tag: id, page: n } : { author: id, page: n })) ? PAGE : MISSING;
}

async function archiveStatus([y, m, ...tail]: string[]): Promise<PathStatus> {
  if (y === undefined) return PAGE;
  const year = parseArchiveYear(y);
  if (year === undefined) return MISSING;
  if (m === undefined) return (await getArchiveYears()).some((entry) => entry.year === year) ? PAGE : MISSING;
  const month = parseArchiveMonth(m);
  if (month !== undefined && tail.join('/') === 'page/1') return redirect(`/archive/${y}/${m}`);
  const n = listingPageNumber(tail);
  if (month === undefined || !n) return MISSING;
  return (await getArchiveMonth(year, month, n)) ? PAGE : MISSING;
}
