import path from 'node:path';
import type { Section } from './catalog';
import { formatIsoInZone } from './dates';
import { longHeadlineMessage } from './lint';
import { RESERVED_SECTION_SLUGS } from './reserved';
import { parseFileName, slugify, SLUG_PATTERN } from './slug';

/** Slugs made from headlines are cut to this length (at a hyphen), so URLs stay readable. */
export const MAX_NEW_SLUG_LENGTH = 80;

/** What an editor asks for with `npm run new`. */
export interface NewArticleRequest {
  title: string;
  /** Section name or slug as typed. */
  section: string;
  authors: string[];
  date: Date;
  timeZone: string;
  /** The sections of sections.yml. */
  sections: Section[];
  /** Sections articles use that sections.yml does not list, so a new article spells them the same way. */
  otherSections?: Section[];
  /** Slugs already taken, each with the file that takes it. */
  slugsInUse: Map<string, string>;
  /** Author ids (and name slugs) with a profile file; other id-like bylines get a note. */
  knownAuthors: Set<string>;
}

/** A new article ready to write, or why it cannot be made. */
export type NewArticlePlan =
  | { ok: true; file: string; slug: string; sectionSlug: string; text: string; notes: string[] }
  | { ok: false; message: string };

/** The URL slug for a headline: `slugify`, cut to at most `MAX_NEW_SLUG_LENGTH` characters at a hyphen. */
export function headlineSlug(title: string): string {
  const slug = slugify(title);
  if (slug.length <= MAX_NEW_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_NEW_SLUG_LENGTH + 1).lastIndexOf('-');
  return cut > 0 ? slug.slice(0, cut) : slug.slice(0, MAX_NEW_SLUG_LENGTH);
}

/** Finds a section by slug or name; `known` is true only for one listed in sections.yml. */
export function resolveSection(text: string, sections: Section[], otherSections: Section[] = []): { slug: string; name: string; known: boolean } {
  const wanted = slugify(text);
  const match = (s: Section) => s.slug === wanted || slugify(s.name) === wanted;
  const listed = sections.find(match);
  if (listed) return { slug: listed.slug, name: listed.name, known: true };
  const other = otherSections.find(match);
  return { slug: other?.slug ?? wanted, name: other?.name ?? text.trim(), known: false };
}

/** Every slug the content folder uses: a valid file's slug, or a broken file's name (it may come back). */
export function collectSlugsInUse(files: { file: string; slug?: string }[]): Map<string, string> {
  const used = new Map<string, string>();
  for (const { file, slug } of files) {
    const taken = slug ?? parseFileName(path.posix.basename(file)).slug;
    if (taken && !used.has(taken)) used.set(taken, file);
  }
  return used;
}

/** The Markdown text of a new draft: front-matter with placeholders, then a placeholder paragraph. */
export function newArticleText(fields: { title: string; date: string; section: string; authors: string[] }): string {
  const list = (items: string[]) => `[${items.map((i) => (SLUG_PATTERN.test(i) ? i : JSON.stringify(i))).join(', ')}]`;
  return [
    '---',
    `title: ${JSON.stringify(fields.title)}`,
    `date: ${fields.date}`,
    `section: ${JSON.stringify(fields.section)}`,
    '# summary: "One or two sentences under the headline (also the search-engine description)"',
    `authors: ${list(fields.authors)}`,
    'tags: []',
    '# image: /images/name.jpg',
    '# imageAlt: "What the picture shows"',
    '# imageCaption: "Caption"',
    '# imageCredit: "Photo: Name"',
    'draft: true # set to false to publish',
    '---',
    'Write the story here. Start with what happened, where and when.',
    '',
  ].join('\n');
}

/** Checks a `npm run new` request and builds the file path and text, without touching the disk. */
export function planNewArticle(request: NewArticleRequest): NewArticlePlan {
  const title = request.title.replace(/\s+/g, ' ').trim();
  if (!title) return { ok: false, message: 'the headline is empty: npm run new -- "Your headline" --section World' };
  const slug = headlineSlug(title);
  if (!slug) return { ok: false, message: `"${title}" gives no URL slug (it needs Latin letters or digits): reword the headline` };
  if (slug === 'page') return { ok: false, message: '"page" is kept for page numbers: reword the headline' };
  const section = resolveSection(request.section, request.sections, request.otherSections);
  if (!section.slug) return { ok: false, message: `section "${request.section.trim()}" gives no URL slug: choose another section` };
  if (RESERVED_SECTION_SLUGS.has(section.slug)) {
    return { ok: false, message: `section "${section.name}" would live at /${section.slug}, which the site uses itself: choose another section` };
  }
  const takenBy = request.slugsInUse.get(slug);
  if (takenBy) return { ok: false, message: `the slug "${slug}" is already used by ${takenBy}: reword the headline` };

  const date = formatIsoInZone(request.date, request.timeZone);
  const notes: string[] = [];
  if (!section.known) notes.push(`section "${section.name}" is not in sections.yml: it will appear after the listed sections (add it there to place it)`);
  for (const id of request.authors) {
    if (SLUG_PATTERN.test(id) && !request.knownAuthors.has(id)) {
      notes.push(`no author profile authors/${id}.md: add one, or write the author's full name in \`authors:\``);
    }
  }
  const long = longHeadlineMessage(title);
  if (long) notes.push(long);
  // A section whose slug is not its name's slug must be written as the slug to land in it.
  const sectionField = slugify(section.name) === section.slug ? section.name : section.slug;
  return {
    ok: true,
    file: `articles/${section.slug}/${date.slice(0, 10)}-${slug}.md`,
    slug,
    sectionSlug: section.slug,
    text: newArticleText({ title, date, section: sectionField, authors: request.authors }),
    notes,
  };
}
