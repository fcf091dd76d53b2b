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
}

/**
 * An article with every field written out in one order. Spreading the record instead gave each of 10,000
 * articles its own hidden class in V8, and every loop over the archive ran about twenty times slower.
 */
function toArticle(r: ArticleRecord, bylines: Byline[], tagRefs: Tag[]): Article {
  return {
    file: r.file, digest: r.digest, slug: r.slug, title: r.title, summary: r.summary,
    sectionName: r.sectionName, sectionSlug: r.sectionSlug, authorRefs: r.authorRefs, tags: r.tags,
    image: r.image, imageAlt: r.imageAlt, imageCaption: r.imageCaption, imageCredit: r.imageCredit,
    date: r.date, updated: r.updated, expires: r.expires, draft: r.draft, featured: r.featured,
    related: r.related, aliases: r.aliases, wordCount: r.wordCount, terms: r.terms, lines: r.lines,
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
  const problems = [...input.problems];
  const authors = new Map(input.authors.map((a) => [a.id, a]));
  const authorByName = new Map(input.authors.map((a) => [slugify(a.name), a]));

  const bySlugAll = new Map<string, ArticleRecord[]>();
  for (const record of input.records) {
    const list = bySlugAll.get(record.slug) ?? [];
    list.push(record);
    bySlugAll.set(record.slug, list);
  }
  const unique: ArticleRecord[] = [];
  for (const [slug, list] of bySlugAll) {
    if (list.length === 1) {
      unique.push(list[0]);
      continue;
    }
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
    const name = [...spellings.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    tags.set(slug, { slug, name });
  }

  const resolveByline = (ref: string): Byline => {
    const known = authors.get(ref) ?? authors.get(slugify(ref)) ?? authorByName.get(slugify(ref));
    if (known) return { id: known.id, name: known.name };
    const guest: Author = { id: slugify(ref), name: ref };
    if (guest.id && !authors.has(guest.id)) authors.set(guest.id, guest);
    return { id: guest.id, name: ref };
  };

  const sections = [...input.sections];
  const sectionSlugs = new Set(sections.map((s) => s.slug));
  const articles: Article[] = unique
    .map((record) => {
      if (!sectionSlugs.has(record.sectionSlug)) {
        sectionSlugs.add(record.sectionSlug);
        sections.push({ slug: record.sectionSlug, name: record.sectionName });
      }
      return toArticle(
        record,
        record.authorRefs.map(resolveByline).filter((b) => b.id),
        [...new Set(record.tags.map(slugify))].flatMap((slug) => tags.get(slug) ?? []),
      );
    })
    .sort((a, b) => b.date.getTime() - a.date.getTime() || (a.slug < b.slug ? -1 : 1));

  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const byAlias = aliasIndex(articles, sections, problems);
  return { articles, bySlug, byAlias, sections, authors, tags, problems };
}

/**
 * Aliases to their article; an alias two articles claim leads to neither, and both are reported, as duplicate slugs are.
 * An alias on another article's address (published or not yet) or a section front is refused: a permanent redirect
 * there, cached by browsers, would keep that page's readers away from it after it goes live.
 */
function aliasIndex(articles: Article[], sections: Section[], problems: Problem[]): Map<string, Article> {
  const owners = new Map<string, string>(articles.map((a) => [a.url, a.file]));
  for (const section of sections) owners.set(`/${section.slug}`, `the ${section.name} section front`);
  const claims = new Map<string, Article[]>();
  for (const article of articles) {
    for (const alias of new Set(article.aliases.map((a) => a.replace(/\/+$/, '') || '/'))) {
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
