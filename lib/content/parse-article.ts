import { createHash } from 'node:crypto';
import path from 'node:path';
import { FrontMatterError, splitFrontMatter } from './front-matter';
import { normaliseFrontMatter } from './aliases';
import { articleSchema } from './schema';
import { parseFileName, slugify } from './slug';
import { countWords, topTerms } from './terms';
import { markdownLimitExcess } from './markdown-limits';
import { isReservedPath, RESERVED_SECTION_SLUGS, reservedSlugMessage } from './reserved';
import type { Problem } from './problems';

/** What an article file contributes to the metadata index (no body: bodies are rendered on demand). */
export interface ArticleRecord {
  file: string;
  digest: string;
  slug: string;
  title: string;
  summary?: string;
  sectionName: string;
  sectionSlug: string;
  authorRefs: string[];
  tags: string[];
  image?: string;
  imageAlt?: string;
  imageCaption?: string;
  imageCredit?: string;
  date: Date;
  updated?: Date;
  expires?: Date;
  draft: boolean;
  featured: boolean;
  related: string[];
  aliases: string[];
  wordCount: number;
  terms: string[];
  /** Lines where fields are written, for problems found after parsing (see lint.ts). */
  lines: { title: number; image: number; authors: number; tags: number; aliases?: number };
}

/** Site settings an article is read against. */
export interface ParseContext {
  timeZone: string;
  defaultSection?: string;
  /** Section names by slug from sections.yml, so `section: world` shows as "World". */
  sectionNames?: Map<string, string>;
}

/** The result of reading one file: a record when it is valid, and every problem found. */
export interface ParsedArticle {
  record?: ArticleRecord;
  problems: Problem[];
}

/** A short digest of a file's bytes: the key of the render cache. */
export function digestOf(raw: string): string {
  return createHash('sha1').update(raw).digest('hex').slice(0, 16);
}

/** Validates one article file (path relative to the content folder) without touching the disk. */
export function parseArticle(file: string, raw: string, ctx: ParseContext): ParsedArticle {
  const problems: Problem[] = [];
  const error = (line: number, field: string | undefined, message: string) =>
    problems.push({ file, line, field, message, severity: 'error' });
  let split;
  try {
    split = splitFrontMatter(raw);
  } catch (err) {
    const line = err instanceof FrontMatterError ? err.line : 1;
    error(line, undefined, err instanceof Error ? err.message : String(err));
    return { problems };
  }
  const { data, writtenAs } = normaliseFrontMatter(split.data);
  const lineOf = (field: string) => split.lineOf(writtenAs[field] ?? field);
  const named = parseFileName(path.basename(file));
  if (data.date === undefined && named.datePrefix) data.date = named.datePrefix;

  const result = articleSchema(ctx.timeZone).safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? '');
      error(lineOf(field), writtenAs[field] ?? field, issue.message);
    }
    return { problems };
  }
  const fm = result.data;
  const sectionText = fm.section ?? ctx.defaultSection;
  if (!sectionText) {
    error(split.openingLine, 'section', 'required: add `section: World` (or set defaultSection in site.yml)');
    return { problems };
  }
  const sectionSlug = slugify(sectionText);
  if (RESERVED_SECTION_SLUGS.has(sectionSlug) || !sectionSlug) {
    error(lineOf('section'), writtenAs.section ?? 'section', reservedSlugMessage(sectionText, sectionSlug));
    return { problems };
  }
  const slug = fm.slug ?? named.slug;
  if (!slug) {
    error(split.openingLine, 'slug', `the file name "${path.basename(file)}" gives no slug: add \`slug: storm-hits-coast\` or rename the file`);
    return { problems };
  }
  const warn = (field: string, message: string) =>
    problems.push({ file, line: lineOf(field), field, message, severity: 'warning' });
  if (!fm.summary) warn('summary', 'missing: add a one- or two-sentence `summary:` (the standfirst, also used by search engines)');
  const aliases = fm.aliases.filter((alias) => {
    if (!isReservedPath(alias)) return true;
    warn('aliases', `"${alias}" is an address the site uses itself (its front page, feeds, sitemaps and route folders): the alias is ignored; remove it`);
    return false;
  });
  if (fm.image && !fm.imageAlt) warn('imageAlt', 'missing: describe the picture in `imageAlt:` for readers who cannot see it');
  const excess = markdownLimitExcess(split.body);
  if (excess) {
    problems.push({ file, line: split.bodyLine + excess.line - 1, field: 'body', severity: 'warning', message: `${excess.message} (readers see a notice in its place)` });
  }

  return {
    problems,
    record: {
      file,
      digest: digestOf(raw),
      slug,
      title: fm.title,
      summary: fm.summary,
      sectionName: ctx.sectionNames?.get(sectionSlug) ?? sectionText,
      sectionSlug,
      authorRefs: fm.authors,
      tags: fm.tags,
      image: fm.image,
      imageAlt: fm.imageAlt,
      imageCaption: fm.imageCaption,
      imageCredit: fm.imageCredit,
      date: fm.date,
      updated: fm.updated,
      expires: fm.expires,
      draft: fm.draft,
      featured: fm.featured,
      related: fm.related,
      aliases,
      wordCount: countWords(split.body),
      terms: topTerms({ title: fm.title, summary: fm.summary, body: split.body }),
      lines: { title: lineOf('title'), image: lineOf('image'), authors: lineOf('authors'), tags: lineOf('tags'), aliases: lineOf('aliases') },
    },
  };
}

/** The Markdown body of an article file (front-matter removed), for rendering on demand. */
export function articleBody(raw: string): string {
  return splitFrontMatter(raw).body;
}
