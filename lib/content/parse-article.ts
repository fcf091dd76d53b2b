import { createHash } from 'node:crypto';
import path from 'node:path';
import { FrontMatterError, splitFrontMatter } from './front-matter';
import { misspeltField, normaliseFrontMatter } from './aliases';
import { legacyBody } from './legacy-body';
import { aliasPath, articleFileName, folderSection, isHugoListPage } from './legacy-paths';
import { decodeEntities } from './legacy-text';
import { articleSchema } from './schema';
import { parseFileName, slugify } from './slug';
import { bodyWords } from './terms';
import { capList, capText, FIELD_LIMITS, type LimitNote } from './field-limits';
import { markdownLimitExcess } from './markdown-limits';
import { liveCoverage, newestFirst, type LiveCoverage } from './live-entries';
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
  /** True for `ads: false`: the article's page shows no ad slots. */
  adFree?: boolean;
  /** While the article leads the breaking-news banner (set only for `breaking: true`). */
  breakingUntil?: Date;
  /** Live coverage (set only for `live: true`): its entries' times and headings, in the order written. */
  live?: LiveCoverage;
  /** Corrections, newest first (undefined when none): shown at the article's foot and on /corrections. */
  corrections?: ArticleNote[];
  /** Updates to the story, newest first (undefined when none). */
  updates?: ArticleNote[];
  /** The article's language (BCP 47): its `language:`, as the site spells it in `languages:`, else the site's. */
  language: string;
  /** The slug of the article this one translates (set only with `translationOf:`). */
  translationOf?: string;
  /** Lines where fields are written, for problems found after parsing (see lint.ts). */
  lines: { title: number; image: number; authors: number; tags: number; aliases?: number; translationOf?: number };
}

/** A dated correction or update of an article. */
export interface ArticleNote {
  date: Date;
  text: string;
}

/** Site settings an article is read against. */
export interface ParseContext {
  timeZone: string;
  defaultSection?: string;
  /** Section names by slug from sections.yml, so `section: world` shows as "World". */
  sectionNames?: Map<string, string>;
  /** The site's main language, that of articles without `language:` (default `en`). */
  language?: string;
  /** Every language of the site, the main one first (site.yml `languages:`). */
  languages?: string[];
}

/** The result of reading one file: a record when it is valid, and every problem found. */
export interface ParsedArticle {
  record?: ArticleRecord;
  problems: Problem[];
}

/** How long an article marked `breaking: true` leads the banner when it gives no `breakingUntil`. */
export const DEFAULT_BREAKING_HOURS = 12;

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
  const warnAt = (line: number, field: string, message: string) => problems.push({ file, line, field, message, severity: 'warning' });
  if (isHugoListPage(file)) {
    warnAt(split.openingLine, 'file', 'a Hugo list page (_index.md) is the text of a section front, not an article: it is not published; put its words in sections.yml as the description');
    return { problems };
  }
  for (const { key, line, firstLine } of split.duplicates) {
    warnAt(line, key, `is written twice (lines ${firstLine} and ${line}): the last one is read; remove the other`);
  }
  for (const key of Object.keys(split.data)) {
    const meant = misspeltField(key);
    if (meant) warnAt(split.lineOf(key), key, `is not a field and is ignored: did you mean \`${meant}\`?`);
  }
  const named = parseFileName(articleFileName(file));
  if (data.date === undefined && named.datePrefix) data.date = named.datePrefix;

  const result = articleSchema(ctx.timeZone).safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? '');
      const [, index, key] = issue.path;
      if (typeof index === 'number') {
        const where = key === undefined ? `entry ${index + 1}` : `entry ${index + 1} \`${String(key)}\``;
        error(split.lineOfEntry(writtenAs[field] ?? field, index), writtenAs[field] ?? field, `${where}: ${issue.message}`);
      } else error(lineOf(field), writtenAs[field] ?? field, issue.message);
    }
    return { problems };
  }
  const fm = result.data;
  const sectionText = fm.section ?? ctx.defaultSection ?? folderSection(file);
  if (!sectionText) {
    error(split.openingLine, 'section', 'required: add `section: World` (or set defaultSection in site.yml, or put the file in a folder named after its section)');
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
  const warn = (field: string, message: string) => warnAt(lineOf(field), writtenAs[field] ?? field, message);
  const notes: LimitNote[] = [];
  const text = (field: string, value: string | undefined, max: number) => capText(field, value && decodeEntities(value), max, notes);
  const title = text('title', fm.title, FIELD_LIMITS.title)!;
  const summary = text('summary', fm.summary, FIELD_LIMITS.summary);
  const imageAlt = text('imageAlt', fm.imageAlt, FIELD_LIMITS.summary);
  const imageCaption = text('imageCaption', fm.imageCaption, FIELD_LIMITS.summary);
  const imageCredit = text('imageCredit', fm.imageCredit, FIELD_LIMITS.summary);
  const tags = capList('tags', [...new Set(fm.tags.map(decodeEntities))], FIELD_LIMITS.tags, FIELD_LIMITS.tagLength, notes);
  const authors = capList('authors', fm.authors.map(decodeEntities), FIELD_LIMITS.authors, FIELD_LIMITS.authorLength, notes);
  if (!summary) warn('summary', 'missing: add a one- or two-sentence `summary:` (the standfirst, also used by search engines)');
  const aliases = capList('aliases', fm.aliases, FIELD_LIMITS.aliases, Infinity, notes).flatMap((alias) => {
    const resolved = aliasPath(alias, file);
    if ('problem' in resolved) {
      warn('aliases', `${resolved.problem}: the alias is ignored`);
      return [];
    }
    if (!isReservedPath(resolved.path)) return [resolved.path];
    warn('aliases', `"${alias}" is an address the site uses itself (its front page, feeds, sitemaps and route folders): the alias is ignored; remove it`);
    return [];
  });
  const corrections = articleNotes('corrections', fm.corrections, fm.date, notes);
  const updates = articleNotes('updates', fm.updates, fm.date, notes);
  for (const note of notes) warn(note.field, note.message);
  const breakingUntil = fm.breaking ? (fm.breakingUntil ?? new Date(fm.date.getTime() + DEFAULT_BREAKING_HOURS * 3_600_000)) : undefined;
  if (fm.breakingUntil && !fm.breaking) warn('breakingUntil', 'has no effect without `breaking: true`: add it, or remove this field');
  if (breakingUntil && breakingUntil <= fm.date) warn('breakingUntil', 'is not after the article\'s `date`: the banner would never show');
  const live = fm.live ? liveCoverage(split.body, fm.date, fm.liveEnds, ctx.timeZone, (line, message) => warnAt(split.bodyLine + line - 1, 'body', message)) : undefined;
  if (fm.liveEnds && !fm.live) warn('liveEnds', 'has no effect without `live: true`: add it, or remove this field');
  if (fm.liveEnds && fm.liveEnds <= fm.date) warn('liveEnds', 'is not after the article\'s `date`: the coverage would never show as live');
  const language = articleLanguage(fm.language, ctx, (message) => warn('language', message));
  let translationOf = fm.translationOf;
  if (translationOf === slug) {
    warn('translationOf', 'names this article itself: give the slug of the article this one translates');
    translationOf = undefined;
  }
  if (fm.image && !imageAlt) warn('imageAlt', 'missing: describe the picture in `imageAlt:` for readers who cannot see it');
  const excess = markdownLimitExcess(split.body);
  if (excess) {
    problems.push({ file, line: split.bodyLine + excess.line - 1, field: 'body', severity: 'warning', message: `${excess.message} (readers see a notice in its place)` });
  }
  const body = legacyBody(split.body);
  const words = bodyWords({ title, summary, body });

  return {
    problems,
    record: {
      file,
      digest: digestOf(raw),
      slug,
      title,
      summary,
      sectionName: ctx.sectionNames?.get(sectionSlug) ?? sectionText,
      sectionSlug,
      authorRefs: authors,
      tags,
      image: fm.image,
      imageAlt,
      imageCaption,
      imageCredit,
      date: fm.date,
      updated: lastChange(fm.updated, corrections, updates, live && newestFirst(live.entries).map((e) => ({ date: e.time, text: '' }))),
      expires: fm.expires,
      draft: fm.draft,
      featured: fm.featured,
      adFree: fm.ads ? undefined : true,
      breakingUntil,
      live,
      language,
      ...(translationOf ? { translationOf } : {}),
      related: fm.related,
      aliases,
      corrections,
      updates,
      wordCount: words.wordCount,
      terms: words.terms,
      lines: { title: lineOf('title'), image: lineOf('image'), authors: lineOf('authors'), tags: lineOf('tags'), aliases: lineOf('aliases'), ...(translationOf ? { translationOf: lineOf('translationOf') } : {}) },
    },
  };
}

/**
 * The language an article is in: the site's spelling of its `language:` (`fr` matches a site's `fr-FR`, `en-gb`
 * its `en-GB`), else the site's main language. A language the site does not list is kept as written, with a warning.
 */
function articleLanguage(written: string | undefined, ctx: ParseContext, warn: (message: string) => void): string {
  const main = ctx.language ?? 'en';
  if (!written) return main;
  const languages = ctx.languages?.length ? ctx.languages : [main];
  const lower = written.toLowerCase();
  const base = lower.split('-')[0];
  const match = languages.find((tag) => tag.toLowerCase() === lower)
    ?? languages.find((tag) => tag.toLowerCase().split('-')[0] === base && !lower.includes('-'))
    ?? languages.find((tag) => tag.toLowerCase() === base);
  if (match) return match;
  warn(`"${written}" is not one of the site's languages (${languages.join(', ')}): the page is marked as ${written} but joins no language front or feed; add it to \`languages:\` in site.yml`);
  return written;
}

/** A list of corrections or updates, texts capped and decoded, newest first; undefined when empty. */
function articleNotes(field: string, list: { date: Date; text: string }[], published: Date, notes: LimitNote[]): ArticleNote[] | undefined {
  if (!list.length) return undefined;
  const kept = list.slice(0, FIELD_LIMITS.notes).map((n) => ({ date: n.date, text: capText(field, decodeEntities(n.text), FIELD_LIMITS.summary, notes)! }));
  if (list.length > FIELD_LIMITS.notes) {
    notes.push({ field, message: `${list.length} entries, over the ${FIELD_LIMITS.notes} the site shows: the first ${FIELD_LIMITS.notes} are used; merge some` });
  }
  if (kept.some((n) => n.date < published)) notes.push({ field, message: 'an entry is dated before the article was published: check its `date:`' });
  return kept.sort((a, b) => b.date.getTime() - a.date.getTime());
}

/** When the article last changed: its `updated:`, or a later correction or update. */
function lastChange(updated: Date | undefined, ...lists: (ArticleNote[] | undefined)[]): Date | undefined {
  let latest = updated;
  for (const list of lists) if (list?.length && (!latest || list[0].date > latest)) latest = list[0].date;
  return latest;
}

/**
 * The Markdown body of an article file (front-matter removed), for rendering on demand and the search text:
 * Hugo shortcodes and Liquid tags of imported archives are converted first (see legacy-body.ts).
 */
export function articleBody(raw: string): string {
  return legacyBody(splitFrontMatter(raw).body);
}
