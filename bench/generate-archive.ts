// Writes a synthetic newsroom to disk: `tsx bench/generate-archive.ts --articles 10000 [--seed 1] [--out DIR]`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateArticles, planNewsroom, type ArticleMeta, type NewsroomPlan } from './archive-text';

/** Marks a folder as written by this generator, so it may be wiped and rewritten. */
const MARKER = '.bench-archive.json';
const SAMPLE_IMAGES = path.join(__dirname, '..', 'content', 'images');

/** Settings of `generateArchive`. */
export interface ArchiveOptions {
  articles: number;
  seed: number;
  out: string;
  /** Articles are dated before this day; default today (UTC). Part of what makes the archive reproducible. */
  until?: Date;
  years?: number;
}

/** What was written: the articles' metadata (oldest first), the newsroom plan, size and time taken. */
export interface Archive {
  dir: string;
  articles: ArticleMeta[];
  plan: NewsroomPlan;
  bytes: number;
  seconds: number;
  /** Of `seconds`, the time spent in the file system (creating and writing files), apart from making the text. */
  writeSeconds: number;
  until: string;
}

/** Today at 00:00 UTC. */
export function startOfToday(): Date {
  return new Date(new Date().toISOString().slice(0, 10));
}

function prepare(out: string): void {
  if (fs.existsSync(out) && fs.readdirSync(out).length) {
    if (!fs.existsSync(path.join(out, MARKER))) throw new Error(`${out} exists and was not written by the generator: choose another --out`);
    fs.rmSync(out, { recursive: true, force: true });
  }
  fs.mkdirSync(out, { recursive: true });
}

function writeNewsroomFiles(out: string, plan: NewsroomPlan, images: string[]): void {
  fs.writeFileSync(path.join(out, 'site.yml'), [
    'name: The Northgate Courier', 'description: Independent news from Northgate and the Tane valley (synthetic benchmark archive)',
    'language: en-GB', 'timezone: Europe/London', 'url: http://localhost:3000', '',
  ].join('\n'));
  const sections = plan.sections.map((s) => `- name: ${s.name}\n  description: ${JSON.stringify(s.description)}`);
  fs.writeFileSync(path.join(out, 'sections.yml'), `${sections.join('\n')}\n`);
  fs.mkdirSync(path.join(out, 'authors'));
  for (const a of plan.authors) {
    fs.writeFileSync(path.join(out, 'authors', `${a.id}.md`), `---\nname: ${a.name}\nrole: ${a.role}\n---\n${a.bio}\n`);
  }
  fs.mkdirSync(path.join(out, 'images'));
  for (const image of images) fs.copyFileSync(path.join(SAMPLE_IMAGES, image), path.join(out, 'images', image));
}

/** Writes the archive into `options.out` (wiping an earlier generated archive there) and describes it. */
export function generateArchive(options: ArchiveOptions): Archive {
  const started = performance.now();
  const out = path.resolve(options.out);
  const until = options.until ?? startOfToday();
  prepare(out);
  const plan = planNewsroom(options.seed);
  const images = fs.readdirSync(SAMPLE_IMAGES).filter((f) => /\.(svg|png|jpe?g|webp)$/i.test(f)).sort();
  writeNewsroomFiles(out, plan, images);
  const made = new Set<string>();
  const articles: ArticleMeta[] = [];
  let bytes = 0;
  let writeMs = 0;
  for (const { text, ...meta } of generateArticles({ articles: options.articles, seed: options.seed, until, years: options.years ?? 12, images }, plan)) {
    const full = path.join(out, meta.file);
    const dir = path.dirname(full);
    const writing = performance.now();
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    fs.writeFileSync(full, text);
    writeMs += performance.now() - writing;
    bytes += Buffer.byteLength(text);
    articles.push(meta);
  }
  const untilDay = until.toISOString().slice(0, 10);
  fs.writeFileSync(path.join(out, MARKER), `${JSON.stringify({ articles: options.articles, seed: options.seed, until: untilDay })}\n`);
  return { dir: out, articles, plan, bytes, seconds: (performance.now() - started) / 1000, writeSeconds: writeMs / 1000, until: untilDay };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      until: { type: 'string' },
      years: { type: 'string', default: '12' },
    },
  });
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(seed)) {
    throw new Error('usage: tsx bench/generate-archive.ts --articles N [--seed S] [--out DIR] [--until YYYY-MM-DD] [--years 12]');
  }
  const out = values.out ?? path.join(os.tmpdir(), `courier-archive-${articles}-${seed}`);
  const until = values.until ? new Date(`${values.until}T00:00:00Z`) : undefined;
  const archive = generateArchive({ articles, seed, out, until, years: Number(values.years) });
  const mb = (archive.bytes / 1024 / 1024).toFixed(1);
  const write = archive.writeSeconds.toFixed(1);
  console.log(`wrote ${archive.articles.length} articles (${mb} MB) to ${archive.dir} in ${archive.seconds.toFixed(1)} s (${write} s of it in the file system)`);
  console.log(`check it: CONTENT_DIR=${archive.dir} npm run content:check`);
}

if (require.main === module) {
  try {
    main();
  } catch (err) {
    console.error((err as Error).message);
    process.exitCode = 1;
  }
}
