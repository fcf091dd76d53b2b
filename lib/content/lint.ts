import type { Article, Author, Catalog } from './catalog';
import type { Problem } from './problems';
import { slugify, SLUG_PATTERN } from './slug';

/** Headlines longer than this are cut off in search results. */
export const MAX_HEADLINE_LENGTH = 110;

/** Options for `lintCatalog`: where author profiles write `image:` (author records keep no line index). */
export interface LintOptions {
  authorImageLines?: Map<string, number>;
}

/** The length of a headline as readers count it (code points, so an emoji or accent counts once). */
export function headlineLength(title: string): number {
  return [...title.normalize('NFC')].length;
}

/** The advice for a headline over `MAX_HEADLINE_LENGTH`, or undefined when it fits. */
export function longHeadlineMessage(title: string): string | undefined {
  const length = headlineLength(title);
  if (length <= MAX_HEADLINE_LENGTH) return undefined;
  return `headline is ${length} characters; Google truncates after about ${MAX_HEADLINE_LENGTH}: shorten it`;
}

/** Author ids and name slugs that lead to a profile file, so `amara-osei` resolves like the catalog does. */
function profiledRefs(authors: Map<string, Author>): Set<string> {
  const refs = new Set<string>();
  for (const author of authors.values()) {
    if (!author.profileFile) continue;
    refs.add(author.id);
    refs.add(slugify(author.name));
  }
  return refs;
}

const missingImage = (path: string) =>
  `"${path}" is not in the content folder's images/: add the file there or correct the path`;

function articleWarnings(article: Article, catalog: Catalog, profiled: Set<string>, imageExists: (p: string) => boolean): Problem[] {
  const found: Problem[] = [];
  const warn = (line: number, field: string, message: string) =>
    found.push({ file: article.file, line, field, message, severity: 'warning' });

  if (article.image?.startsWith('/images/') && !imageExists(article.image)) {
    warn(article.lines.image, 'image', missingImage(article.image));
  }
  for (const ref of article.authorRefs) {
    if (SLUG_PATTERN.test(ref) && !profiled.has(ref)) {
      warn(article.lines.authors, 'authors', `unknown author id "${ref}": add authors/${ref}.md or write the author's full name`);
    }
  }
  for (const spelling of article.tags) {
    const chosen = catalog.tags.get(slugify(spelling))?.name;
    if (chosen !== undefined && chosen !== spelling) {
      warn(article.lines.tags, 'tags', `tag "${spelling}" is spelled "${chosen}" elsewhere: use one spelling`);
    }
  }
  if (article.translationOf) {
    const original = catalog.bySlug.get(article.translationOf);
    const line = article.lines.translationOf ?? article.lines.title;
    if (!original) warn(line, 'translationOf', `no article has the slug "${article.translationOf}": check the original's slug (the translation is shown without the link)`);
    else if (original.language === article.language) warn(line, 'translationOf', `"${article.translationOf}" is in ${original.language} too: a translation needs its own \`language:\``);
  }
  const long = longHeadlineMessage(article.title);
  if (long) warn(article.lines.title, 'title', long);
  return found;
}

const titleKey = (title: string) => title.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

function duplicateTitleWarnings(articles: Article[]): Problem[] {
  const byTitle = new Map<string, Article[]>();
  for (const article of articles) {
    const key = titleKey(article.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), article]);
  }
  const found: Problem[] = [];
  for (const group of byTitle.values()) {
    if (group.length < 2) continue;
    for (const article of group) {
      const others = group.filter((a) => a !== article).map((a) => a.file).join(', ');
      found.push({
        file: article.file, line: article.lines.title, field: 'title', severity: 'warning',
        message: `the same headline as ${others}: reword one so readers and search engines can tell them apart`,
      });
    }
  }
  return found;
}

/**
 * Warnings the parser cannot see from one file alone: missing image files, author ids without a
 * profile, tags spelled two ways, duplicate and over-long headlines. Pure: `imageExists` is injected.
 */
export function lintCatalog(catalog: Catalog, imageExists: (publicPath: string) => boolean, options: LintOptions = {}): Problem[] {
  const profiled = profiledRefs(catalog.authors);
  const problems = catalog.articles.flatMap((a) => articleWarnings(a, catalog, profiled, imageExists));
  problems.push(...duplicateTitleWarnings(catalog.articles));
  for (const author of catalog.authors.values()) {
    if (!author.profileFile || !author.image?.startsWith('/images/') || imageExists(author.image)) continue;
    problems.push({
      file: author.profileFile, line: options.authorImageLines?.get(author.profileFile) ?? 1, field: 'image',
      message: missingImage(author.image), severity: 'warning',
    });
  }
  return problems;
}

/** Errors first, then warnings; each group by file, then line. */
export function sortProblems(problems: Problem[]): Problem[] {
  const rank = (p: Problem) => (p.severity === 'error' ? 0 : 1);
  return [...problems].sort(
    (a, b) => rank(a) - rank(b) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line,
  );
}
