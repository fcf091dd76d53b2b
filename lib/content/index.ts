import { archiveMonthArticles, buildArchive, type Archive, type ArchiveYear } from './archive';
import type { Article, Author, Section, Tag } from './catalog';
import { articleTextOf } from './article-text';
import { readContentText } from './load';
import { renderBody } from './render-body';
import { renderLiveFile, type LiveBodyHtml } from './live-render';
import { mostReadArticles, recordPageView } from './most-read';
import { articleBody, digestOf } from './parse-article';
import { paginate, type Page } from './paginate';
import type { Problem } from './problems';
import { relatedFor } from './related';
import { composeFrontPage, type FrontPage } from './front-page';
import { correctionLog, type CorrectionEntry } from './corrections';
import { viewBreakingStory } from './breaking';
import type { PublishedView } from './published-view';
import { languagesOf, type SiteConfig } from './schema';
import { inLanguageEdition, languageArticles, translationsOf } from './languages';
import { currentState, publishedView } from './store';

export type { FrontPage, Article, Author, Section, Tag, Page, Problem, SiteConfig, ArchiveYear };
export { archivePath, monthArchivePath, parseArchiveMonth, parseArchiveYear, type ArchiveMonth } from './archive';
export { formatProblem } from './problems';
export { PAGE_SIZE, parsePageNumber } from './paginate';
export { isLiveNow, publicationStatus, type PublicationStatus } from './publish';
export type { LiveBodyHtml, LiveEntryHtml } from './live-render';
export { formatIsoInZone } from './dates';
export { correctionAnchor, type CorrectionEntry } from './corrections';
export { languageFeedPath, languageFrontPath, languageOfFrontSegment } from './languages';
export { languagesOf } from './schema';
/** How many corrections a page of /corrections lists. */
export const CORRECTIONS_PAGE_SIZE = 50;

/** The site settings from `site.yml` (defaults where it is absent or broken). */
export async function getSiteConfig(): Promise<SiteConfig> {
  return (await currentState()).site;
}

/** A published article by slug, or undefined (unknown, draft, scheduled, expired or a duplicate slug). */
export async function getArticle(slug: string): Promise<Article | undefined> {
  return (await publishedView()).bySlug.get(slug);
}

/**
 * The published article that an old path now lives at: an `aliases` entry, or the URL an article
 * had before its slug or section changed (the redirect journal).
 */
export async function getRedirectTarget(pathname: string): Promise<Article | undefined> {
  const state = await currentState();
  const path = pathname.replace(/\/+$/, '') || '/';
  const aliased = state.catalog.byAlias.get(path);
  if (aliased) return getArticle(aliased.slug).then((a) => (a === aliased ? a : undefined));
  const slug = state.journal[path];
  const moved = slug ? await getArticle(slug) : undefined;
  return moved && moved.url !== path ? moved : undefined;
}

/** Any valid article by slug, published or not: for signed-in previews only. */
export async function getPreviewArticle(slug: string): Promise<Article | undefined> {
  return (await currentState()).catalog.bySlug.get(slug);
}

/** Every valid article (drafts, scheduled and expired ones too), newest first, and every problem of the content folder: for the desk. */
export async function getDeskStories(): Promise<{ articles: Article[]; problems: Problem[] }> {
  const { catalog } = await currentState();
  return { articles: catalog.articles, problems: catalog.problems };
}

/** Published articles, newest first, optionally of one section, tag or author, one page at a time. */
export async function getArticles(
  filter: { section?: string; tag?: string; author?: string; page?: number; perPage?: number } = {},
): Promise<Page<Article> | undefined> {
  const view = await publishedView();
  const list = filter.section
    ? view.bySection.get(filter.section)
    : filter.tag
      ? view.byTag.get(filter.tag)
      : filter.author
        ? view.byAuthor.get(filter.author)
        : view.articles;
  return paginate(list ?? [], filter.page ?? 1, filter.perPage);
}

/** Every section (sections.yml order, then those first met in articles) with its published article count. */
export async function getSections(): Promise<(Section & { count: number })[]> {
  const [state, view] = await Promise.all([currentState(), publishedView()]);
  return state.catalog.sections.map((s) => ({ ...s, count: view.bySection.get(s.slug)?.length ?? 0 }));
}

/** One section by slug, whether or not it has published articles yet. */
export async function getSection(slug: string): Promise<Section | undefined> {
  return (await currentState()).catalog.sections.find((s) => s.slug === slug);
}

/** A language edition's front page (default: the main language's): lead, top stories, section blocks and latest list. */
export async function getFrontPage(language?: string): Promise<FrontPage> {
  const [state, view] = await Promise.all([currentState(), publishedView()]);
  const languages = languagesOf(state.site);
  const edition = language ?? languages[0];
  if (languages.length <= 1) return composeFrontPage(view, state.catalog.sections);
  return composeFrontPage(view, state.catalog.sections, undefined, languageArticles(view, edition, languages), (a) => inLanguageEdition(a, edition, languages));
}

/** One page of a language edition's published articles, newest first (its front's feed); undefined past the end. */
export async function getLanguageArticles(language: string, page = 1, perPage?: number): Promise<Page<Article> | undefined> {
  const [state, view] = await Promise.all([currentState(), publishedView()]);
  return paginate(languageArticles(view, language, languagesOf(state.site)), page, perPage);
}

/** A function giving an article's published translations (see getTranslations) without an await per article, for sitemaps. */
export async function getTranslationLookup(): Promise<(article: Article) => Article[]> {
  const view = await publishedView();
  return (article) => (article.translationOf || view.byOriginal.has(article.slug) ? translationsOf(article, view) : []);
}

/** The published versions of an article's story in other languages, the original first. */
export async function getTranslations(article: Article): Promise<Article[]> {
  return translationsOf(article, await publishedView());
}

/** The related-article sidebar for an article (see `related.ts` for the scoring). */
export async function getRelated(article: Article): Promise<Article[]> {
  const [state, view] = await Promise.all([currentState(), publishedView()]);
  return relatedFor(article, view, state.site.relatedCount);
}

/** Every published article, newest first: the same array until the content or the published set changes. */
export async function getPublishedArticles(): Promise<readonly Article[]> {
  return (await publishedView()).articles;
}

/** The story in the breaking-news banner now, if any (the view is rebuilt when a banner's time runs out). */
export async function getBreakingNews(): Promise<Article | undefined> {
  return viewBreakingStory(await publishedView(), new Date());
}

const correctionLogs = new WeakMap<PublishedView, CorrectionEntry[]>();

/** One page of the corrections of published articles, newest first; undefined past the last page. */
export async function getCorrections(page = 1): Promise<Page<CorrectionEntry> | undefined> {
  const view = await publishedView();
  let log = correctionLogs.get(view);
  if (!log) correctionLogs.set(view, (log = correctionLog(view.articles)));
  return paginate(log, page, CORRECTIONS_PAGE_SIZE);
}

const archives = new WeakMap<PublishedView, Archive>();

async function currentArchive(): Promise<Archive> {
  const [state, view] = await Promise.all([currentState(), publishedView()]);
  let archive = archives.get(view);
  if (!archive) archives.set(view, (archive = buildArchive(view.articles, state.site.timezone)));
  return archive;
}

/** The archive's years (newest first), each with its months and counts, in the site's time zone. */
export async function getArchiveYears(): Promise<ArchiveYear[]> {
  return (await currentArchive()).years;
}

/** One page of a month's published articles, newest first; undefined for an empty month or a page past the end. */
export async function getArchiveMonth(year: number, month: number, page = 1): Promise<Page<Article> | undefined> {
  const articles = archiveMonthArticles(await currentArchive(), year, month);
  return articles.length ? paginate(articles, page) : undefined;
}

/** A tag by slug, when some published article carries it. */
export async function getTag(slug: string): Promise<(Tag & { count: number }) | undefined> {
  const [state, view] = await Promise.all([currentState(), publishedView()]);
  const count = view.byTag.get(slug)?.length ?? 0;
  const tag = state.catalog.tags.get(slug);
  return tag && count ? { ...tag, count } : undefined;
}

/** Every tag some published article carries, with its count, by slug order. */
export async function getTags(): Promise<(Tag & { count: number })[]> {
  const [state, view] = await Promise.all([currentState(), publishedView()]);
  return [...view.byTag.entries()]
    .map(([slug, list]) => ({ ...(state.catalog.tags.get(slug) ?? { slug, name: slug }), count: list.length }))
    .sort((a, b) => (a.slug < b.slug ? -1 : 1));
}

/** Every author with a page: a profile file, or a byline on a published article. */
export async function getAuthors(): Promise<Author[]> {
  const [state, view] = await Promise.all([currentState(), publishedView()]);
  return [...state.catalog.authors.values()].filter((a) => a.profileFile || view.byAuthor.has(a.id));
}

/** An author by id: from `authors/<id>.md`, or a byline name that has published articles. */
export async function getAuthor(id: string): Promise<Author | undefined> {
  const [state, view] = await Promise.all([currentState(), publishedView()]);
  const author = state.catalog.authors.get(id);
  return author && (author.profileFile || view.byAuthor.has(id)) ? author : undefined;
}

/** A token that changes whenever a content file is added, edited or removed. */
export async function getContentVersion(): Promise<string> {
  return (await currentState()).version;
}

/** Every problem found in the content folder, errors and warnings. */
export async function getProblems(): Promise<Problem[]> {
  return (await currentState()).catalog.problems;
}

const renderCache = new Map<string, string>();
const RENDER_CACHE_SIZE = 500;

async function renderFile(file: string, lastGoodDigest?: string): Promise<string> {
  const fallback = (lastGoodDigest && renderCache.get(lastGoodDigest)) || '';
  const raw = await readContentText(file).catch(() => undefined);
  if (raw === undefined) return fallback;
  const digest = digestOf(raw);
  const cached = renderCache.get(digest);
  if (cached !== undefined) return cached;
  let html: string;
  try {
    html = await renderBody(articleBody(raw));
  } catch {
    return fallback;
  }
  if (renderCache.size >= RENDER_CACHE_SIZE) renderCache.delete(renderCache.keys().next().value!);
  renderCache.set(digest, html);
  return html;
}

/** The article body as safe HTML, rendered on demand and cached by the file's digest. */
export async function getArticleHtml(article: Article): Promise<string> {
  return renderFile(article.file, article.digest);
}

/** A live article's introduction and entries (newest first) as safe HTML, cached by the file's digest. */
export async function getLiveBody(article: Article): Promise<LiveBodyHtml> {
  return renderLiveFile(article.file, article.date, (await currentState()).site.timezone, article.digest);
}

/** The most-read public articles of the last 24 hours, from this server's own counts (see most-read.ts). */
export async function getMostRead(): Promise<Article[]> {
  return mostReadArticles();
}

/** Counts a reader's view of an article page (called by the proxy for requests lib/page-view-filter.ts accepts). */
export function countPageView(slug: string): void {
  recordPageView(slug);
}

/** An article's body as plain text (the search index's copy), read synchronously; empty when the file cannot be read. */
export function getArticleText(article: Article): string {
  return articleTextOf(article.file);
}

/** An author's bio (the body of `authors/<id>.md`) as safe HTML. */
export async function getAuthorBioHtml(author: Author): Promise<string> {
  return author.profileFile ? renderFile(author.profileFile) : '';
}

/** Loads the content index (and the published view) now, so the first reader does not wait for it. */
export async function warmContent(): Promise<void> {
  try {
    await publishedView();
  } catch (err) {
    console.error('content: could not load the content folder at start-up', err);
  }
}
