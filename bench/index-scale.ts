// The search index alone at archive sizes no test folder reaches (`npm run bench:index -- --articles 1000000`):
// synthetic articles written straight into a SQLite index in a temporary folder, no files, no server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { planNewsroom, generateArticles } from './archive-text';
import { searchQueries } from './measure-site';
import { runSearch, SearchIndex, type SearchDoc } from '../lib/search/engine';
import { queryTerms } from '../lib/search/query';
import { percentile } from './http-probe';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '100000' }, seed: { type: 'string', default: '1' }, keep: { type: 'boolean', default: false } } });
const count = Number(values.articles);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 100) throw new Error('--articles must be a whole number ≥ 100');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'courier-index-'));
process.env.CONTENT_CACHE_DIR = dir;
process.env.CONTENT_DIR = path.join(dir, 'content');
const mb = (bytes: number) => `${Math.round(bytes / 1048576).toLocaleString('en')} MB`;
const log = (message: string) => process.stderr.write(`[bench:index] ${message}\n`);

const index = SearchIndex.open();
const started = performance.now();
let batch: SearchDoc[] = [];
let added = 0;
const flush = () => {
  if (!batch.length) return;
  index.transaction(() => batch.forEach((doc) => index.add(doc)));
  added += batch.length;
  batch = [];
  if (added % 50_000 === 0) log(`indexed ${added.toLocaleString('en')} / ${count.toLocaleString('en')} (${Math.round((performance.now() - started) / 1000)} s, RSS ${mb(process.memoryUsage().rss)})`);
};
const years = Math.max(1, Math.round(count / 15_000));
for (const a of generateArticles({ articles: count, seed, until: new Date('2026-12-01'), years, images: ['a.png'] }, planNewsroom(seed))) {
  const body = a.text.slice(a.text.indexOf('\n---', 4) + 4);
  batch.push({ id: a.slug, title: a.title, tags: '', summary: '', authors: '', body, url: a.url, section: a.sectionSlug, sectionName: a.sectionSlug, date: a.date.getTime(), fingerprint: a.slug });
  if (batch.length === 100) flush();
}
flush();
const insertSeconds = (performance.now() - started) / 1000;
const rssAfterInsert = process.memoryUsage().rss;
index.close();
const diskBytes = fs.readdirSync(dir).filter((f) => f.includes('.sqlite')).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);

// Reopened, as a restarted server would find it: timings include a cold page cache for the first queries.
const reopened = SearchIndex.open();
const times: number[] = [];
for (const q of searchQueries(seed)) {
  const t = performance.now();
  runSearch(reopened, { terms: queryTerms(q), sort: 'relevance' }, new Date());
  times.push(performance.now() - t);
}
reopened.close();
console.log(`articles               ${count.toLocaleString('en')} (${years} years)`);
console.log(`insert                 ${insertSeconds.toFixed(0)} s (${((insertSeconds * 1e6) / count).toFixed(0)} µs an article, one thread)`);
console.log(`index on disk          ${mb(diskBytes)}`);
console.log(`search, 100 queries    p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms`);
console.log(`RSS                    ${mb(rssAfterInsert)} after insert, ${mb(process.memoryUsage().rss)} after searches`);
if (values.keep) console.log(`kept ${dir}`);
else fs.rmSync(dir, { recursive: true, force: true });
