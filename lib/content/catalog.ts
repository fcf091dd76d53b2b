import type { ArticleRecord } from './parse-article';
import type { Problem } from './problems';
import { slugify } from './slug';

/** A person in a byline: linked to `/authors/<id>`; `hasProfile` when `authors/<id>.md` exists. */
export interface Byline {
  id: string;
  name: string;
}

/** An author known to the site, from `authors/<id>.md` or named in a byline. */
export interface Author extends Byline {
  role?: string;
  image?: string;
  /** Path (relative to the content folder) of the profile file whose body is the bio. */
  profileFile?: string;
}

/** A section, from sections.yml or first met in an article's front-matter. */
export interface Section {
  slug: string;
  name: string;
  description?: string;
  /** False when sections.yml turns ads off for the section's pages and articles. */
  ads?: false;
}

/** A tag with its most common spelling. */
export interface Tag {
  slug: string;
  name: string;
}

/** An article as pages see it: its record with resolved bylines, tag slugs and URL. */
export interface Article extends ArticleRecord {
  url: string;
  bylines: Byline[];
  tagRefs: Tag[];
}

/** The metadata index of the whole content folder (every valid article, published or not). */
export interface Catalog {
  /** Valid articles with unique slugs, newest first. */
  articles: Article[];
  bySlug: Map<string, Article>;
  /** Old paths (aliases) to the article that now answers them. */
  byAlias: Map<string, Article>;
  sections: Section[];
  authors: Map<string, Author>;
  tags: Map<string, Tag>;
  problems: Problem[];
  /** What `patchCatalog` needs to update this catalog for a few changed files without a full rebuild. */
  basis: CatalogBasis;
}

/** The intermediate counts and sets of a full build, kept so a small change can be applied to them. */
export interface CatalogBasis {
  /** The sections of sections.yml, before those first met in articles were added. */
  configSections: Section[];
  /** Problems from the files and settings themselves (the rest are found by comparing articles). */
  inputProblems: Problem[];
  /** Problems found by comparing articles: duplicate slugs and aliases. */
  derivedProblems: Problem[];
  /** Slugs more than one file claims (none of them published). */
  duplicateSlugs: Set<string>;
  /** Every alias some article names, accepted or refused, as written and lower-cased. */
  claimedAliases: Set<string>;
  /** Per tag slug, how many published-or-not unique articles spell it each way. */
  tagSpellings: Map<string, Map<string, number>>;
  /** Profile authors by the slug of their name, for bylines that give a name rather than an id. */
  authorByName: Map<string, Author>;
  /** Bylines per author id over the unique articles, so a guest author leaves with its last article. */
  bylineCounts: Map<string, number>;
}

/** Newest first, then by slug: the one order of every article list. */
export function compareArticles(a: { date: Date; slug: string }, b: { date: Date; slug: string }): number {
  return b.date.getTime() - a.date.getTime() || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/** The tag name most articles use for `slug`, ties to the alphabetically first. */
export function chosenTagName(spellings: Map<string, number>): string {
  return [...spellings.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
}

/** The byline an author reference resolves to (a guest author is added to `authors` when first named). */
export function resolveByline(ref: string, authors: Map<string, Author>, authorByName: Map<string, Author>): Byline {
  const known = authors.get(ref) ?? authors.get(slugify(ref)) ?? authorByName.get(slugify(ref));
  if (known) return { id: known.id, name: known.name };
  const guest: Author = { id: slugify(ref), name: ref };
  if (guest.id && !authors.has(guest.id)) authors.set(guest.id, guest);
  return { id: guest.id, name: ref };
}

/** Normalises an alias as the alias index compares it. */
const normalizeAlias = (alias: string): string => alias.replace(/\/+$/, '') || '/';

/**
 * An article with every field written out in one order. Spreading the record instead gave each of 10,000
 * articles its own hidden class in V8, and every loop over the archive ran about twenty times slower.
 */
export function toArticle(r: ArticleRecord, bylines: Byline[], tagRefs: Tag[]): Article {
  return {
    file: r.file, digest: r.digest, slug: r.slug, title: r.title, summary: r.summary,
    sectionName: r.sectionName, sectionSlug: r.sectionSlug, authorRefs: r.authorRefs, tags: r.tags,
    image: r.image, imageAlt: r.imageAlt, imageCaption: r.imageCaption, imageCredit: r.imageCredit,
    date: r.date, updated: r.updated, expires: r.expires, draft: r.draft, featured: r.featured, adFree: r.adFree, breakingUntil: r.breakingUntil, live: r.live,
    language: r.language, translationOf: r.translationOf,
    related: r.related, aliases: r.aliases, corrections: r.corrections, updates: r.updates, wordCount: r.wordCount, terms: r.terms, lines: r.lines,
    url: `/${r.sectionSlug}/${r.slug}`, bylines, tagRefs,
  };
}

/** Builds the index from parsed records: resolves authors, sections and tags, refuses duplicate slugs. */
export function buildCatalog(input: {
  records: ArticleRecord[];
  authors: Author[];
  sections: Section[];
  problems: Problem[];
}): Catalog {
  const problems: Problem[] = [];
  const authors = new Map(input.authors.map((a) => [a.id, a]));
  const authorByName = new Map(input.authors.map((a) => [slugify(a.name), a]));

  const bySlugAll = new Map<string, ArticleRecord[]>();
  for (const record of input.records) {
    const list = bySlugAll.get(record.slug) ?? [];
    list.push(record);
    bySlugAll.set(record.slug, list);
  }
  const unique: ArticleRecord[] = [];
  const duplicateSlugs = new Set<string>();
  for (const [slug, list] of bySlugAll) {
    if (list.length === 1) {
      unique.push(list[0]);
      continue;
    }
    duplicateSlugs.add(slug);
    for (const record of list) {
      const others = list.filter((r) => r !== record).map((r) => r.file).join(', ');
      problems.push({
        file: record.file, line: 1, field: 'slug', severity: 'error',
        message: `"${slug}" is also the slug of ${others}: neither is published until one gets another \`slug:\` or file name`,
      });
    }
  }

  const tagSpellings = new Map<string, Map<string, number>>();
  for (const record of unique) {
    for (const name of record.tags) {
      const slug = slugify(name);
      if (!slug) continue;
      const spellings = tagSpellings.get(slug) ?? new Map<string, number>();
      spellings.set(name, (spellings.get(name) ?? 0) + 1);
      tagSpellings.set(slug, spellings);
    }
  }
  const tags = new Map<string, Tag>();
  for (const [slug, spellings] of tagSpellings) {
    tags.set(slug, { slug, name: chosenTagName(spellings) });
  }
  const bylineCounts = new Map<string, number>();

  const sections = [...input.sections];
  const sectionSlugs = new Set(sections.map((s) => s.slug));
  const articles: Article[] = unique
    .map((record) => {
      if (!sectionSlugs.has(record.sectionSlug)) {
        sectionSlugs.add(record.sectionSlug);
        sections.push({ slug: record.sectionSlug, name: record.sectionName });
      }
      const bylines = record.authorRefs.map((ref) => resolveByline(ref, authors, authorByName)).filter((b) => b.id);
      for (const b of bylines) bylineCounts.set(b.id, (bylineCounts.get(b.id) ?? 0) + 1);
      return toArticle(record, bylines, [...new Set(record.tags.map(slugify))].flatMap((slug) => tags.get(slug) ?? []));
    })
    .sort(compareArticles);

  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const claimedAliases = new Set<string>();
  const byAlias = aliasIndex(articles, sections, problems, claimedAliases);
  const basis: CatalogBasis = {
    configSections: input.sections, inputProblems: input.problems, derivedProblems: problems, duplicateSlugs,
    claimedAliases, tagSpellings, authorByName, bylineCounts,
  };
  return { articles, bySlug, byAlias, sections, authors, tags, problems: [...input.problems, ...problems], basis };
}

/**
 * Aliases to their article; an alias two articles claim leads to neither, and both are reported, as duplicate slugs are.
 * An alias on another article's address (published or not yet) or a section front is refused: a permanent redirect
 * there, cached by browsers, would keep that page's readers away from it after it goes live.
 */
function aliasIndex(articles: Article[], sections: Section[], problems: Problem[], claimed: Set<string>): Map<string, Article> {
  const owners = new Map<string, string>(articles.map((a) => [a.url, a.file]));
  for (const section of sections) owners.set(`/${section.slug}`, `the ${section.name} section front`);
  const claims = new Map<string, Article[]>();
  for (const article of articles) {
    for (const alias of new Set(article.aliases.map(normalizeAlias))) {
      claimed.add(alias).add(alias.toLowerCase());
      const owner = owners.get(alias) ?? owners.get(alias.toLowerCase());
      if (owner === article.file) continue; // Its own address, often a Hugo `url:`: nothing to redirect.
      if (owner) {
        problems.push({
          file: article.file, line: article.lines.aliases ?? 1, field: 'aliases', severity: 'warning',
          message: `"${alias}" is the address of ${owner}: the alias is ignored; remove it`,
        });
        continue;
      }
      claims.set(alias, [...(claims.get(alias) ?? []), article]);
    }
  }
  const byAlias = new Map<string, Article>();
  for (const [alias, claimants] of claims) {
    if (claimants.length === 1) {
      byAlias.set(alias, claimants[0]);
      continue;
    }
    for (const article of claimants) {
      const others = claimants.filter((a) => a !== article).map((a) => a.file).join(', ');
      problems.push({
        file: article.file, line: article.lines.aliases ?? 1, field: 'aliases', severity: 'error',
        message: `"${alias}" is also an alias of ${others}: it redirects to neither until one of them drops it`,
      });
    }
  }
  return byAlias;
}
