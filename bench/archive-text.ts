// The synthetic newsroom without touching the disk: plan (sections, authors, tags), headlines, dates and
// front-matter, with bodies from archive-prose.ts. Everything follows from the seed, so it can be unit-tested.
import { slugify } from '../lib/content/slug';
import { body, capital, NOUNS, numberWord, sentence, sentencePool } from './archive-prose';
import { chance, mulberry32, pick, randInt, weightedSampler, zipfSampler, type Rng } from './archive-random';
import * as W from './archive-words';

/** A section of the synthetic newsroom; `weight` is its share of articles. */
export interface SectionPlan { name: string; slug: string; description: string; weight: number }
/** An author with a profile file; `home` is the index of the section they mostly write for. */
export interface AuthorPlan { id: string; name: string; role: string; home: number; bio: string }
/** Sections, authors and the tag vocabulary (most common first). */
export interface NewsroomPlan { sections: SectionPlan[]; authors: AuthorPlan[]; tags: string[] }

/** What the benchmark needs to know about one generated article. */
export interface ArticleMeta { file: string; slug: string; sectionSlug: string; title: string; date: Date; url: string }
/** A generated article: its metadata and the file's whole text. */
export interface GeneratedArticle extends ArticleMeta { text: string }

/** Settings of `generateArticles`. */
export interface ArticleOptions {
  articles: number;
  seed: number;
  /** Every article is dated before this day (UTC), so all are published. */
  until: Date;
  years: number;
  /** File names under /images/ to use as hero pictures. */
  images: readonly string[];
}

const ADJECTIVES = W.CONTENT_WORDS.slice(W.CONTENT_WORDS.indexOf('important'), W.CONTENT_WORDS.indexOf('quietly'));
const DAY_MS = 86_400_000;
const quote = (s: string) => JSON.stringify(s);

/** The newsroom around the articles: 8 sections, `authorCount` authors, `tagCount` tags. */
export function planNewsroom(seed: number, authorCount = 40, tagCount = 400): NewsroomPlan {
  const rng = mulberry32(seed ^ 0x5eed5eed);
  const sections = W.SECTIONS.map((s) => ({ ...s, slug: slugify(s.name) }));
  const authors: AuthorPlan[] = [];
  const names = new Set<string>();
  while (authors.length < authorCount) {
    const name = `${pick(rng, W.GIVEN_NAMES)} ${pick(rng, W.SURNAMES)}`;
    if (names.has(name)) continue;
    names.add(name);
    const home = authors.length % sections.length;
    const role = pick(rng, W.ROLES);
    const bio = `${name} is the Courier's ${role.toLowerCase()}, writing mostly for ${sections[home].name} from ${pick(rng, W.PLACES)}. ${sentence(rng, 12, 24)}`;
    authors.push({ id: slugify(name), name, role, home, bio });
  }
  const tags: string[] = [];
  const seen = new Set<string>();
  // Tags that differ only in case or spacing count as one spelling: keep the first.
  const add = (tag: string) => {
    const key = slugify(tag);
    if (seen.has(key)) return;
    seen.add(key);
    tags.push(tag);
  };
  W.TOPICS.forEach(add);
  while (tags.length < tagCount) add(`${pick(rng, W.TOPICS)} ${pick(rng, W.QUALIFIERS)}`);
  return { sections, authors, tags };
}

/** A headline in sentence case, under 110 characters. */
export function headline(rng: Rng, opinion: boolean): string {
  const place = pick(rng, W.PLACES);
  const noun = () => pick(rng, NOUNS);
  const t = rng();
  const text =
    t < 0.4 ? `${place} ${pick(rng, W.HEADLINE_SUBJECTS)} ${pick(rng, W.HEADLINE_VERBS)} ${pick(rng, ADJECTIVES)} ${noun()} ${noun()}`
    : t < 0.7 ? `${pick(rng, W.HEADLINE_SUBJECTS)} ${pick(rng, W.HEADLINE_VERBS)} ${noun()} ${noun()} after ${noun()} ${noun()} in ${place}`
    : t < 0.85 ? `What the ${noun()} ${noun()} means for ${place}`
    : `${numberWord(rng)} ${noun()} ${noun()} as ${place} ${pick(rng, W.HEADLINE_SUBJECTS)} ${pick(rng, W.HEADLINE_VERBS)} ${noun()}`;
  return opinion && chance(rng, 0.5) ? `The Courier view: ${text}` : capital(text);
}

/** A date in the site's time zone (Europe/London, summer time approximated as April to October). */
function localStamp(day: number, rng: Rng): { iso: string; ymd: string; updated?: string } {
  const ymd = new Date(day * DAY_MS).toISOString().slice(0, 10);
  if (chance(rng, 0.15)) return { ymd, iso: ymd };
  const month = Number(ymd.slice(5, 7));
  const zone = month >= 4 && month <= 10 ? '+01:00' : '+00:00';
  const hour = randInt(rng, 6, 20);
  const at = (h: number, m: number) => `${ymd}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00${zone}`;
  const iso = at(hour, randInt(rng, 0, 11) * 5);
  return { ymd, iso, updated: chance(rng, 0.1) ? at(hour + randInt(rng, 1, 3), randInt(rng, 0, 59)) : undefined };
}

/** Generates the articles one at a time, oldest first; only the text of the current one is held in memory. */
export function* generateArticles(options: ArticleOptions, plan: NewsroomPlan): Generator<GeneratedArticle> {
  const rng = mulberry32(options.seed);
  const pool = sentencePool(mulberry32(options.seed ^ 0x9e3779b9));
  const lastDay = Math.floor(options.until.getTime() / DAY_MS) - 1;
  const span = Math.round(options.years * 365.25);
  // Newsrooms publish more each year: skew the days towards the recent end.
  const days = Int32Array.from({ length: options.articles }, () => lastDay - Math.floor(span * (1 - rng() ** 0.75))).sort();
  const drawSection = weightedSampler(plan.sections.map((s) => s.weight));
  const drawTag = zipfSampler(plan.tags.length, 1.1, 2);
  const drawTagCount = weightedSampler([20, 30, 25, 15, 10]);
  const byHome = plan.sections.map((_, i) => plan.authors.filter((a) => a.home === i));
  const titles = new Set<string>();
  const slugs = new Set<string>();
  const urls: string[] = [];
  for (let i = 0; i < options.articles; i++) {
    const s = drawSection(rng);
    const section = plan.sections[s];
    let title = headline(rng, section.slug === 'opinion');
    while (titles.has(title.toLowerCase())) title = headline(rng, section.slug === 'opinion');
    titles.add(title.toLowerCase());
    let slug = slugify(title).split('-').slice(0, 7).join('-');
    for (let n = 2; slugs.has(slug); n++) slug = `${slugify(title).split('-').slice(0, 7).join('-')}-${n}`;
    slugs.add(slug);
    const stamp = localStamp(days[i], rng);
    const fm = [`title: ${quote(title)}`, `date: ${stamp.iso}`];
    if (stamp.updated) fm.push(`updated: ${stamp.updated}`);
    fm.push(`section: ${section.name}`, `${chance(rng, 0.04) ? 'standfirst' : 'summary'}: ${quote(sentence(rng, 14, 34))}`);
    const r = rng();
    const authors = r < 0.03 ? ['"Staff Reporter"'] : [pick(rng, r < 0.7 ? byHome[s] : plan.authors).id];
    if (r > 0.88) authors.push(pick(rng, plan.authors).id);
    fm.push(`authors: [${[...new Set(authors)].join(', ')}]`);
    const tags = new Set<string>();
    for (let n = drawTagCount(rng) + 1; tags.size < n; ) tags.add(plan.tags[drawTag(rng)]);
    fm.push(`tags: [${[...tags].map(quote).join(', ')}]`);
    if (options.images.length && chance(rng, 0.35)) {
      fm.push(`image: /images/${pick(rng, options.images)}`, `imageAlt: ${quote(`Illustration of ${pick(rng, NOUNS)} and ${pick(rng, NOUNS)} in ${pick(rng, W.PLACES)}`)}`);
      fm.push(`imageCaption: ${quote(sentence(rng, 6, 16))}`, `imageCredit: "Illustration: Courier graphics"`);
    }
    if (chance(rng, 1 / 150)) fm.push('featured: true');
    const text = `---\n${fm.join('\n')}\n---\n${body(rng, randInt(rng, 390, 1130), pool, urls, plan.authors)}`;
    const url = `/${section.slug}/${slug}`;
    urls.push(url);
    const file = `articles/${section.slug}/${stamp.ymd.slice(0, 4)}/${stamp.ymd}-${slug}.md`;
    yield { file, slug, sectionSlug: section.slug, title, date: new Date(stamp.iso.length === 10 ? `${stamp.iso}T00:00:00Z` : stamp.iso), url, text };
  }
}
