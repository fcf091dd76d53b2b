import { z } from 'zod';
import { parseLenientDate, isValidTimeZone } from './dates';
import { SLUG_PATTERN } from './slug';
import type { AdConfig } from './ad-config';

/** Shows a value the way an editor wrote it, for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a nested map';
  const shown = JSON.stringify(value);
  return shown.length > 60 ? `${shown.slice(0, 57)}…"` : shown;
}

const text = (field: string, example: string) =>
  z
    .union([z.string(), z.number()], {
      error: (iss) =>
        iss.input === undefined
          ? `required: add \`${field}: ${example}\``
          : `expected text, got ${describe(iss.input)} (write \`${field}: ${example}\`)`,
    })
    .transform((v) => String(v).trim())
    .refine((v) => v.length > 0, { message: `is empty (write \`${field}: ${example}\`)` });

// Empty entries (`tags: [a, , b]`, `- ` alone) are dropped, as the tools the lists come from drop them.
const toList = (v: unknown) =>
  typeof v === 'string'
    ? v.split(',').map((s) => s.trim()).filter(Boolean)
    : v === null ? undefined : Array.isArray(v) ? v.filter((item) => item !== null && item !== '') : v;

const textList = (field: string, example: string) =>
  z.preprocess(
    toList,
    z
      .array(z.union([z.string(), z.number()]).transform((v) => String(v).trim()), {
        error: (iss) => `expected a list like \`${field}: [${example}]\`, got ${describe(iss.input)}`,
      })
      .transform((list) => [...new Set(list.filter(Boolean))])
      .default([]),
  );

// YAML 1.1 (Hugo's and Jekyll's parsers) reads yes/no/on/off as booleans, and exports often quote them.
const FLAG_WORDS: Record<string, boolean> = { true: true, yes: true, on: true, false: false, no: false, off: false };
const toFlag = (v: unknown) => (typeof v === 'string' && v.trim().toLowerCase() in FLAG_WORDS ? FLAG_WORDS[v.trim().toLowerCase()] : v);

const flag = (field: string) =>
  z.preprocess(
    toFlag,
    z.boolean({ error: (iss) => `expected true or false, got ${describe(iss.input)} (write \`${field}: true\`)` }).default(false),
  );

/** A date (ISO 8601, or a form real archives write: see parseLenientDate) read in `timeZone` when it carries no zone of its own. */
const isoDate = (field: string, timeZone: string) =>
  z.union([z.string(), z.date()], {
    error: (iss) =>
      iss.input === undefined
        ? `required: add \`${field}: 2025-03-01T09:30:00+01:00\` (or name the file YYYY-MM-DD-slug.md)`
        : `expected an ISO date, got ${describe(iss.input)} (write 2025-03-01 or 2025-03-01T09:30:00+01:00)`,
  }).transform((value, ctx) => {
    const date = value instanceof Date ? value : parseLenientDate(value, timeZone);
    if (!date || Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: 'custom', message: `expected an ISO date, got ${describe(value)} (write 2025-03-01 or 2025-03-01T09:30:00+01:00)` });
      return z.NEVER;
    }
    return date;
  });

/** One dated entry of `corrections:` or `updates:`. */
const noteEntry = (field: string, timeZone: string) =>
  z.object(
    {
      date: z.union([z.string(), z.date()], {
        error: (iss) =>
          iss.input === undefined
            ? 'required: give the entry a `date:` (when the correction or update was made)'
            : `expected an ISO date, got ${describe(iss.input)} (write 2025-03-01T09:30:00+01:00)`,
      }).pipe(isoDate('date', timeZone)),
      text: text('text', field === 'corrections' ? '"An earlier version gave the wrong date of the vote."' : '"Police have named the driver."'),
    },
    { error: (iss) => `expected an entry like \`- { date: 2025-03-01T09:30, text: "…" }\`, got ${describe(iss.input)}` },
  );

/** `corrections:` and `updates:`: a list of `{ date, text }`, newest first once parsed. */
const noteList = (field: string, timeZone: string) =>
  z.preprocess(
    (v) => (v === null ? undefined : v),
    z
      .array(noteEntry(field, timeZone), {
        error: (iss) => `expected a list of entries like \`- { date: 2025-03-01T09:30, text: "…" }\`, got ${describe(iss.input)}`,
      })
      .default([]),
  );

/** A BCP 47 language tag as sites write them: `en`, `en-GB`, `pt-BR`, `zh-Hant`. */
export const LANGUAGE_TAG_PATTERN = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

const languageTag = (field: string) =>
  z
    .string({ error: (iss) => `expected a language tag like \`${field}: fr\`, got ${describe(iss.input)}` })
    .trim()
    .regex(LANGUAGE_TAG_PATTERN, { message: `expected a BCP 47 language tag like \`${field}: fr\` or \`${field}: en-GB\`` });

const imagePath = z
  .string({ error: (iss) => `expected a path like /images/photo.jpg, got ${describe(iss.input)}` })
  .trim()
  // Not `//host` nor `/\host`: browsers and URL parsers read both as another site's address.
  .refine((v) => /^\/(?![/\\])\S+$/.test(v) || /^https:\/\/\S+$/.test(v), {
    message: 'expected a path starting with / (like /images/photo.jpg) or an https:// address',
  });

function buildArticleSchema(timeZone: string) {
  return z.object({
    title: text('title', '"Your headline"'),
    date: isoDate('date', timeZone),
    section: text('section', 'World').optional(),
    summary: text('summary', '"One or two sentences that sell the story"').optional(),
    authors: textList('authors', 'jane-doe'),
    tags: textList('tags', 'Climate, Energy'),
    image: imagePath.optional(),
    imageAlt: text('imageAlt', '"What the picture shows"').optional(),
    imageCaption: text('imageCaption', '"Caption"').optional(),
    imageCredit: text('imageCredit', '"Photo: Name"').optional(),
    updated: isoDate('updated', timeZone).optional(),
    expires: isoDate('expires', timeZone).optional(),
    draft: flag('draft'),
    featured: flag('featured'),
    ads: z.preprocess(toFlag, z.boolean({ error: (iss) => `expected true or false, got ${describe(iss.input)} (write \`ads: false\` to show no ads)` }).default(true)),
    breaking: flag('breaking'),
    breakingUntil: isoDate('breakingUntil', timeZone).optional(),
    live: flag('live'),
    liveEnds: isoDate('liveEnds', timeZone).optional(),
    slug: z
      .string({ error: (iss) => `expected a slug, got ${describe(iss.input)}` })
      .regex(SLUG_PATTERN, { message: 'use lower-case letters, digits and hyphens only, like `storm-hits-coast`' })
      .refine((v) => v !== 'page', { message: '"page" is kept for page numbers: choose another slug' })
      .optional(),
    related: textList('related', 'other-article-slug'),
    // Checked one by one in parse-article.ts: one unusable old address must not take the article off the site.
    aliases: textList('aliases', '/old/path'),
    corrections: noteList('corrections', timeZone),
    updates: noteList('updates', timeZone),
    language: languageTag('language').optional(),
    translationOf: z
      .string({ error: (iss) => `expected the slug of the original article, got ${describe(iss.input)}` })
      .trim()
      .regex(SLUG_PATTERN, { message: 'expected the slug of the original article, like `storm-hits-coast`' })
      .optional(),
  });
}

/** Front-matter of an article as validated, before the site adds derived fields. */
const schemasByZone = new Map<string, ReturnType<typeof buildArticleSchema>>();

/**
 * The article front-matter (after aliases are mapped), read with dates in the site's time zone. Built once
 * per zone: making a schema costs more than checking a file with it.
 */
export function articleSchema(timeZone: string): ReturnType<typeof buildArticleSchema> {
  let schema = schemasByZone.get(timeZone);
  if (!schema) schemasByZone.set(timeZone, (schema = buildArticleSchema(timeZone)));
  return schema;
}

export type ArticleFrontMatter = z.infer<ReturnType<typeof articleSchema>>;

/** An author file's front-matter: `authors/<id>.md`, the body being the bio. */
export const authorSchema = z.object({
  name: text('name', '"Jane Doe"'),
  role: text('role', '"Political Editor"').optional(),
  image: imagePath.optional(),
});

/** `site.yml`: the newsroom's name and settings. */
export const siteSchema = z.object({
  name: text('name', '"The Daily Example"').default('News'),
  description: text('description', '"Independent news"').optional(),
  language: z.string().regex(LANGUAGE_TAG_PATTERN, { message: 'expected a BCP 47 tag like en or en-GB' }).default('en'),
  /** Every language the site publishes in, the main one (`language`) first; articles in the others get their own fronts and feeds. */
  languages: z.preprocess(
    toList,
    z.array(z.string().trim().regex(LANGUAGE_TAG_PATTERN, { message: 'expected BCP 47 tags like `languages: [en, fr]`' }), {
      error: (iss) => `expected a list like \`languages: [en, fr]\`, got ${describe(iss.input)}`,
    }).optional(),
  ),
  timezone: z.string().refine(isValidTimeZone, { message: 'expected an IANA time zone like Europe/London' }).default('UTC'),
  url: z.string().url({ message: 'expected an absolute address like https://news.example.com' }).optional(),
  defaultSection: text('defaultSection', 'News').optional(),
  /** How many stories the "You might like" list on an article shows (default: RELATED_COUNT in related.ts). */
  relatedCount: z.number({ error: (iss) => `expected a whole number like \`relatedCount: 12\`, got ${describe(iss.input)}` }).int().min(1).max(30).optional(),
});

/** Site settings as read from `site.yml` (`ads:` is read on its own: see config-files.ts); `languages` always lists the main language first. */
export type SiteConfig = Omit<z.infer<typeof siteSchema>, 'languages'> & { languages?: string[]; ads?: AdConfig };

/** Every language of a site's settings, the main one first (settings read by `parseSiteFile` always list them). */
export function languagesOf(site: { language: string; languages?: string[] }): string[] {
  return site.languages?.length ? site.languages : [site.language];
}

/** The site's languages: the main one first, then those `languages:` adds, each once (compared case-insensitively). */
export function siteLanguages(main: string, listed: string[] = []): string[] {
  const seen = new Set<string>();
  return [main, ...listed].filter((tag) => !seen.has(tag.toLowerCase()) && seen.add(tag.toLowerCase()));
}

/** One entry of `sections.yml`, in the order the masthead shows them. */
export const sectionEntrySchema = z.object({
  name: text('name', 'World'),
  slug: z.string().regex(SLUG_PATTERN, { message: 'use lower-case letters, digits and hyphens, like `world`' }).optional(),
  description: text('description', '"News from around the world"').optional(),
  ads: z.preprocess(toFlag, z.boolean({ error: (iss) => `expected true or false, got ${describe(iss.input)} (write \`ads: false\`)` })).optional(),
});
