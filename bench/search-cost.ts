// What one search costs on a synthetic archive (`npm run bench:search [articles]`): the worst shapes a visitor can type, timed in-process.
import { performance } from 'node:perf_hooks';
import { planNewsroom, generateArticles } from './archive-text';
import { createSearchIndex, runSearch, suggestQueries, type SearchDoc } from '../lib/search/engine';
import { queryTerms } from '../lib/search/query';

const count = Number(process.argv[2] ?? 20_000);
const plan = planNewsroom(7);
const index = createSearchIndex();
const started = performance.now();
let batch: SearchDoc[] = [];
const flush = () => {
  index.transaction(() => batch.forEach((doc) => index.add(doc)));
  batch = [];
};
for (const a of generateArticles({ articles: count, seed: 7, until: new Date('2026-01-01'), years: 10, images: ['a.png'] }, plan)) {
  const body = a.text.slice(a.text.indexOf('\n---', 4) + 4);
  batch.push({ id: a.slug, title: a.title, tags: '', summary: '', authors: '', body, url: a.url, section: a.sectionSlug, sectionName: a.sectionSlug, date: a.date.getTime() });
  if (batch.length === 100) flush();
}
flush();
const mb = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;
console.log(`${count} articles indexed (whole bodies, in memory) in ${Math.round(performance.now() - started)} ms; RSS ${mb(process.memoryUsage().rss)}`);

const queries: Record<string, string> = {
  'one word': 'housing',
  'two words': 'council budget',
  'twelve real words': 'council budget housing rail election workers hospital court region funding students teachers',
  'twelve nonsense words': 'qwertyuiop asdfghjklz zxcvbnmasd poiuytrewq lkjhgfdsaq mnbvcxzlkj qazwsxedcr rfvtgbyhnu ujmikolpqa wsxedcrfvt tgbyhnujmi okmijnuhbg',
  'twelve near-misses': 'counsil budjet housng raill electon workrs hospitl coutr regoin fundng studnts teachrs',
};
for (const [name, q] of Object.entries(queries)) {
  const terms = queryTerms(q);
  const times: number[] = [];
  let hits = 0;
  let suggestions = 0;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const result = runSearch(index, { terms, sort: 'relevance' }, new Date());
    hits = result.total;
    if (!hits) suggestions = suggestQueries(index, terms).length;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(24)} ${terms.length} terms  median ${times[2].toFixed(1)} ms  worst ${times[4].toFixed(1)} ms  ${hits} hits  ${suggestions} suggestions`);
}
