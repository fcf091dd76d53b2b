import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
const frontMatter = (fields: Record<string, string | string[]>) =>
  `---\n${Object.entries(fields).map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join('\n')}\n---\n`;

/**
 * Copies the fixture newsroom into a temporary folder and adds one article per `perArticle` vectors. Every
 * editor-written field holds all of them: title, section, summary, image alt, caption and credit, a tag, a guest
 * byline and an author file (name, role, bio); the body places each vector in every Markdown context. Half the
 * fields list the vectors in reverse, so a payload that swallows what follows it (an unclosed `<script>`,
 * `<plaintext>`, `<!--`) in some sink cannot hide the others from every field. One tag and one guest per article
 * rather than per vector keeps the pages to visit under a hundred.
 */
export function buildHostileNewsroom(vectors: readonly XssVector[], perArticle = 10): HostileNewsroom {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xss-newsroom-'));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  fs.mkdirSync(path.join(dir, 'articles', 'hostile'));
  const articles: HostileArticle[] = [];
  const tagSlugs: string[] = [];
  const guestAuthorIds: string[] = [];
  for (let start = 0, n = 1; start < vectors.length; start += perArticle, n++) {
    const group = vectors.slice(start, start + perArticle);
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
      }) + body(group),
    );
    fs.writeFileSync(
      path.join(dir, 'authors', `${authorId}.md`),
      frontMatter({ name: `Reporter ${n} ${joined}`, role: backwards }) + body(reversed),
    );
    const sectionSlug = slugify(section);
    articles.push({ slug, url: `/${sectionSlug}/${slug}`, date, sectionSlug, authorId, vectors: group });
    tagSlugs.push(slugify(tag));
    guestAuthorIds.push(slugify(guest));
  }
  return { dir, articles, tagSlugs, guestAuthorIds };
}
