import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIELD_LIMITS } from '@/lib/content/field-limits';
import { decodeEntities } from '@/lib/content/legacy-text';
import { slugify } from '@/lib/content/slug';
import { MARKDOWN_CONTEXTS, type XssVector } from '../fixtures/xss-vectors';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'newsroom');

/** A made-up word written only in the hostile articles, so a search lists exactly them. */
export const SEARCH_WORD = 'quillwort';

/** One hostile article, the vectors it carries and where its fields are published. */
export interface HostileArticle {
  slug: string;
  url: string;
  date: Date;
  sectionSlug: string;
  /** The author file `authors/<authorId>.md` whose name, role and bio are hostile too. */
  authorId: string;
  vectors: XssVector[];
  /** The headline as the site shows it: character references decoded (imported archives are full of them). */
  headline: string;
}

/** A copy of the fixture newsroom plus hostile articles and authors, in a temporary folder. */
export interface HostileNewsroom {
  dir: string;
  articles: HostileArticle[];
  tagSlugs: string[];
  guestAuthorIds: string[];
}

const body = (vectors: XssVector[]) =>
  [`A ${SEARCH_WORD} dispatch.`, ...vectors.flatMap((v) => MARKDOWN_CONTEXTS.map(([, place]) => place(v.payload)))].join('\n\n') + '\n';

// JSON strings are valid YAML scalars: every quote, backslash and control character comes out escaped.
const frontMatter = (fields: Record<string, unknown>) =>
  `---\n${Object.entries(fields).map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join('\n')}\n---\n`;

const length = (text: string) => [...text].length;

/**
 * Groups the vectors so that each group joined by spaces fits every capped field it goes into with its label
 * (`Hostile 12 quillwort `, `Tag 12 `, `Guest 12 `): every vector then reaches every field whole, uncut. Longest
 * first, each into the first group with room (first-fit decreasing), so there are few groups and few pages to visit.
 */
export function packVectors(vectors: readonly XssVector[]): XssVector[][] {
  const label = Math.max(length(`Hostile 999 ${SEARCH_WORD} `), length('Guest 999 '));
  const budget = Math.min(FIELD_LIMITS.title, FIELD_LIMITS.tagLength, FIELD_LIMITS.authorLength) - label;
  const groups: { vectors: XssVector[]; size: number }[] = [];
  for (const vector of [...vectors].sort((a, b) => length(b.payload) - length(a.payload))) {
    const size = length(vector.payload);
    if (size > budget) throw new Error(`vector ${vector.name} is longer than every field can hold: raise the caps or shorten it`);
    const group = groups.find((g) => g.size + 1 + size <= budget);
    if (group) {
      group.vectors.push(vector);
      group.size += 1 + size;
    } else groups.push({ vectors: [vector], size });
  }
  return groups.map((g) => g.vectors);
}

/**
 * Copies the fixture newsroom into a temporary folder and adds one article per group of vectors (packVectors). Every
 * editor-written field holds all of them: title, section, summary, image alt, caption and credit, a correction, an update, a live entry's heading (the second article is live), a tag, a guest
 * byline and an author file (name, role, bio); the body places each vector in every Markdown context. The second article is
 * the first's French translation, on the /fr front and feed. Half the
 * fields list the vectors in reverse, so a payload that swallows what follows it (an unclosed `<script>`,
 * `<plaintext>`, `<!--`) in some sink cannot hide the others from every field. One tag and one guest per article
 * rather than per vector keeps the pages to visit few.
 */
export function buildHostileNewsroom(vectors: readonly XssVector[]): HostileNewsroom {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xss-newsroom-'));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  fs.mkdirSync(path.join(dir, 'articles', 'hostile'));
  // A French edition, so the translation links, hreflang alternates, /fr front and /fr feed carry hostile text too.
  fs.appendFileSync(path.join(dir, 'site.yml'), 'languages: [en, fr]\n');
  const articles: HostileArticle[] = [];
  const tagSlugs: string[] = [];
  const guestAuthorIds: string[] = [];
  for (const [i, group] of packVectors(vectors).entries()) {
    const n = i + 1;
    const joined = group.map((v) => v.payload).join(' ');
    const reversed = [...group].reverse();
    const backwards = reversed.map((v) => v.payload).join(' ');
    const tag = `Tag ${n} ${backwards}`;
    const guest = `Guest ${n} ${backwards}`;
    const slug = `hostile-${n}`;
    const section = `Desk ${n} ${backwards}`;
    const title = `Hostile ${n} ${SEARCH_WORD} ${joined}`;
    const authorId = `hostile-reporter-${n}`;
    // Hours old: newest on the front page and in the feeds, and recent enough for the news sitemap.
    const date = new Date(Date.now() - n * 3_600_000);
    fs.writeFileSync(
      path.join(dir, 'articles', 'hostile', `${slug}.md`),
      frontMatter({
        title, date: date.toISOString(), section, summary: joined, authors: [authorId, guest], tags: [tag],
        image: '/images/hero.svg', imageAlt: joined, imageCaption: backwards, imageCredit: joined,
        corrections: [{ date: new Date(date.getTime() + 600_000).toISOString(), text: joined }],
        updates: [{ date: new Date(date.getTime() + 300_000).toISOString(), text: backwards }],
        // The newest one leads the breaking-news banner on every page the browser visits.
        ...(n === 1 ? { breaking: true } : {}),
        // The second is live coverage (each vector in an entry's heading, and the entries' bodies), in French, translating the first.
        ...(n === 2 ? { live: true, language: 'fr', translationOf: 'hostile-1' } : {}),
      }) + (n === 2 ? `## 10:00 ${joined}\n\n${body(group)}\n\n## 11:30 ${backwards}\n\n${joined}\n` : body(group)),
    );
    fs.writeFileSync(
      path.join(dir, 'authors', `${authorId}.md`),
      frontMatter({ name: `Reporter ${n} ${joined}`, role: backwards }) + body(reversed),
    );
    const sectionSlug = slugify(section);
    articles.push({ slug, url: `/${sectionSlug}/${slug}`, date, sectionSlug, authorId, vectors: group, headline: decodeEntities(title) });
    tagSlugs.push(slugify(decodeEntities(tag)));
    guestAuthorIds.push(slugify(decodeEntities(guest)));
  }
  return { dir, articles, tagSlugs, guestAuthorIds };
}
