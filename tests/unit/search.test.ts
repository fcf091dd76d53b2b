import { buildCatalog, type Article } from '@/lib/content/catalog';
import { createSearchIndex, recencyBoost, runSearch, searchFingerprint, suggestQueries, toSearchDoc, type SearchIndex } from '@/lib/search/engine';
import { parseSearchRequest, searchHref, type SearchRequest } from '@/lib/search/query';
import { planSync } from '@/lib/search/sync';
import { record } from '../helpers/records';

const NOW = new Date('2026-06-01T12:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);
type Spec = Parameters<typeof record>[0] & { body?: string };

function indexOf(specs: Spec[]): { index: SearchIndex; articles: Map<string, Article> } {
  const catalog = buildCatalog({ records: specs.map(({ body: _body, ...r }) => record(r)), authors: [], sections: [], problems: [] });
  const index = createSearchIndex();
  for (const spec of specs) index.add(toSearchDoc(catalog.bySlug.get(spec.slug)!, spec.body ?? ''));
  return { index, articles: catalog.bySlug };
}

const ask = (q: string, extra: Record<string, string> = {}): SearchRequest =>
  parseSearchRequest({ q, ...extra }, { timeZone: 'Europe/Berlin', sections: new Set(['news', 'sport']) });
const slugs = (index: SearchIndex, q: string, extra: Record<string, string> = {}) => runSearch(index, ask(q, extra), NOW).hits.map((h) => h.slug);

const corpus: Spec[] = [
  { slug: 'title-old', title: 'Prison reform bill passes', date: daysAgo(3 * 365), body: 'Lawmakers voted on Tuesday.' },
  { slug: 'body-new', title: 'Council meets on Tuesday', date: daysAgo(1), body: 'Members also discussed the prison on the hill.' },
  { slug: 'prisoners', title: 'Prisoners released early', date: daysAgo(40), sectionSlug: 'sport', sectionName: 'Sport', body: 'A parliamentary inquiry followed.' },
  { slug: 'cafe', title: 'Café culture returns to the square', date: daysAgo(10), tags: ['Food'], body: 'Owners of the old bakery reopened.' },
  { slug: 'zelenskyy', title: 'Zelenskyy visits the port', date: daysAgo(20), summary: 'A short visit.', body: 'He met dockworkers.' },
  { slug: 'twin-old', title: 'Harbour lights festival', date: daysAgo(300), body: 'Lanterns.' },
  { slug: 'twin-new', title: 'Harbour lights festival', date: daysAgo(30), body: 'Lanterns.' },
];

describe('site search ranking and matching', () => {
  const { index } = indexOf(corpus);

  it('ranks a headline match above a body match, even when the body match is years newer', () => {
    const found = slugs(index, 'prison');
    expect(found.indexOf('title-old')).toBeGreaterThanOrEqual(0);
    expect(found.indexOf('title-old')).toBeLessThan(found.indexOf('body-new'));
  });

  it('matches the start of a word: "prisone" finds "prisoners" first', () => {
    expect(slugs(index, 'prisone')[0]).toBe('prisoners');
    const small = indexOf([{ slug: 'p', title: 'Prisoners released' }, { slug: 'q', title: 'Ferry timetable' }]).index;
    expect(slugs(small, 'prisone')).toEqual(['p']);
    expect(slugs(small, 'pri')).toEqual(['p']);
  });

  it('forgives a typo in a word of 5+ letters, but not in a shorter one', () => {
    expect(slugs(index, 'parliamentery')).toContain('prisoners');
    expect(slugs(index, 'prisen')).toContain('title-old');
    expect(slugs(index, 'cafr')).toEqual([]);
  });

  it('folds accents and case both ways', () => {
    expect(slugs(index, 'cafe')).toEqual(['cafe']);
    expect(slugs(index, 'CAFÉ')).toEqual(['cafe']);
    expect(slugs(index, 'zelenskyy')).toEqual(['zelenskyy']);
    expect(slugs(index, 'ZELENSKYY')).toEqual(['zelenskyy']);
    const accented = indexOf([{ slug: 'plain', title: 'Cafe opens' }]).index;
    expect(slugs(accented, 'Café')).toEqual(['plain']);
  });

  it('breaks ties by recency, and the boost stays gentle', () => {
    expect(slugs(index, 'harbour lights')).toEqual(['twin-new', 'twin-old']);
    expect(recencyBoost(NOW.getTime(), NOW.getTime())).toBeCloseTo(1.15);
    expect(recencyBoost(daysAgo(3650).getTime(), NOW.getTime())).toBeGreaterThan(1);
    expect(recencyBoost(daysAgo(3650).getTime(), NOW.getTime())).toBeLessThan(1.001);
  });

  it('searches tags and requires every word, falling back to any word when none has them all', () => {
    expect(slugs(index, 'food')).toEqual(['cafe']);
    const all = runSearch(index, ask('prison tuesday'), NOW);
    expect(all.matchedAll).toBe(true);
    expect(all.hits.map((h) => h.slug).sort()).toEqual(['body-new', 'title-old']);
    const some = runSearch(index, ask('lanterns bakery'), NOW);
    expect(some.matchedAll).toBe(false);
    expect(some.hits.map((h) => h.slug).sort()).toEqual(['cafe', 'twin-new', 'twin-old']);
  });

  it('reports the matched indexed words and whether the match is only in the body', () => {
    const [hit] = runSearch(index, ask('prisoner'), NOW).hits;
    expect(hit.terms).toEqual(['prisoners']);
    expect(hit.bodyMatch).toBe(false);
    const body = runSearch(index, ask('dockworkers'), NOW).hits[0];
    expect(body.bodyMatch).toBe(true);
  });

  it('filters by section and date range (calendar days in the site zone), and sorts newest first', () => {
    expect(slugs(index, 'prison', { section: 'sport' })).toEqual(['prisoners']);
    const from = daysAgo(45).toISOString().slice(0, 10);
    expect(slugs(index, 'prison', { from }).sort()).toEqual(['body-new', 'prisoners']);
    const day = daysAgo(3 * 365).toISOString().slice(0, 10);
    expect(slugs(index, 'prison', { from: day, to: day })).toEqual(['title-old']);
    expect(slugs(index, 'prison', { sort: 'newest' })).toEqual(['body-new', 'prisoners', 'title-old']);
  });

  it('lists everything the filters allow for an empty query, newest first', () => {
    expect(slugs(index, '', { section: 'sport' })).toEqual(['prisoners']);
    expect(slugs(index, '', { from: daysAgo(25).toISOString().slice(0, 10) })).toEqual(['body-new', 'cafe', 'zelenskyy']);
  });

  it('returns only live articles, whatever the index holds', () => {
    const hits = runSearch(index, ask('harbour'), NOW, (slug) => slug !== 'twin-new').hits.map((h) => h.slug);
    expect(hits).toEqual(['twin-old']);
  });

  it('suggests nearby words when nothing matches', () => {
    expect(slugs(index, 'prisnoerz')).toEqual([]);
    expect(suggestQueries(index, ask('prisnoerz').terms)).toContain('prisoners');
    expect(suggestQueries(index, [])).toEqual([]);
  });
});

describe('how much of a body is indexed', () => {
  it('finds every word of a long body, the last as well as the first, with the matched word for the excerpt', () => {
    const filler = Array.from({ length: 5_000 }, (_, i) => `filler${i % 50}`).join(' ');
    const { index } = indexOf([{ slug: 'long-read', title: 'A long read', date: daysAgo(1), body: `openingword ${filler} buriedword` }]);
    expect(slugs(index, 'openingword')).toEqual(['long-read']);
    const [hit] = runSearch(index, ask('buriedword'), NOW).hits;
    expect(hit).toMatchObject({ slug: 'long-read', terms: ['buriedword'], bodyMatch: true });
    expect(index.doc('long-read')?.body.endsWith('buriedword')).toBe(true);
  });
});

describe('pages and counts', () => {
  it('returns one page of 20 and the number of results in all, and an empty page past the end', () => {
    const specs = Array.from({ length: 45 }, (_, i) => ({ slug: `weir-${i}`, title: `Weir repair ${i}`, date: daysAgo(i) }));
    const { index } = indexOf(specs);
    const first = runSearch(index, { ...ask('weir'), page: 1 }, NOW);
    const third = runSearch(index, { ...ask('weir'), page: 3 }, NOW);
    const past = runSearch(index, { ...ask('weir'), page: 4 }, NOW);
    expect([first.hits.length, first.total, third.hits.length, third.total, past.hits.length, past.total]).toEqual([20, 45, 5, 45, 0, 45]);
    const seen = new Set([1, 2, 3].flatMap((page) => runSearch(index, { ...ask('weir'), page }, NOW).hits.map((h) => h.slug)));
    expect(seen.size).toBe(45);
  });

  it('replaces an article on re-adding it and forgets a discarded one', () => {
    const { index } = indexOf([{ slug: 'ferry', title: 'Ferry strike ends' }]);
    index.add({ ...index.doc('ferry')!, url: '/news/ferry', section: 'news', sectionName: 'News', date: NOW.getTime(), title: 'Ferry timetable' });
    expect(slugs(index, 'strike')).toEqual([]);
    expect(slugs(index, 'timetable')).toEqual(['ferry']);
    index.discard('ferry');
    expect(slugs(index, 'ferry')).toEqual([]);
    expect(index.has('ferry')).toBe(false);
  });

  it('matches a known word as typed: "poison" does not find "prison"', () => {
    const { index } = indexOf([{ slug: 'prison', title: 'Prison reform' }, { slug: 'poison', title: 'Poison garden opens' }]);
    expect(slugs(index, 'poison')).toEqual(['poison']);
    expect(slugs(index, 'pison').sort()).toEqual(['poison', 'prison']);
  });
});

describe('reading search parameters', () => {
  it('cuts a long query at 200 characters and says so', () => {
    const request = ask('storm '.repeat(100));
    expect(Array.from(request.q).length).toBeLessThanOrEqual(200);
    expect(request.terms).toEqual(['storm']);
    expect(request.notices.join(' ')).toContain('200 characters');
  });

  it('drops operators, punctuation and markup, keeping the words', () => {
    expect(ask('"prison" AND -reform OR +bill* (2025)').terms).toEqual(['prison', 'reform', 'bill', '2025']);
    expect(ask('<script>alert(1)</script>').terms).toEqual(['script', 'alert', '1']);
    expect(ask('the').terms).toEqual(['the']);
    const nothing = ask('!!! ???');
    expect(nothing.terms).toEqual([]);
    expect(nothing.notices).toHaveLength(1);
  });

  it('ignores bad dates, unknown sections, sorts and pages with notices, and swaps reversed dates', () => {
    const bad = ask('x', { from: '2025-13-01', to: 'yesterday', section: 'nope', sort: 'best', page: '-3' });
    expect([bad.from, bad.to, bad.section, bad.sort, bad.page]).toEqual([undefined, undefined, undefined, 'relevance', 1]);
    expect(bad.notices).toHaveLength(5);
    const swapped = ask('x', { from: '2025-12-31', to: '2025-01-01' });
    expect([swapped.from, swapped.to]).toEqual(['2025-01-01', '2025-12-31']);
    expect(swapped.fromMs).toBe(Date.parse('2024-12-31T23:00:00Z'));
    expect(swapped.toMs).toBe(Date.parse('2025-12-31T23:00:00Z'));
  });

  it('builds page links that keep the query and filters', () => {
    const request = ask('flood & storm', { section: 'news', from: '2025-01-01', sort: 'newest' });
    expect(searchHref(request, 3)).toBe('/search?q=flood+%26+storm&section=news&from=2025-01-01&sort=newest&page=3');
    expect(searchHref(ask('flood'), 1)).toBe('/search?q=flood');
  });
});

describe('keeping the index in step with the published articles', () => {
  it('discards gone and changed articles and adds new and changed ones, leaving the rest', () => {
    const { articles } = indexOf([{ slug: 'same' }, { slug: 'edited', digest: 'v2' }, { slug: 'new' }]);
    const indexed = new Map([
      ['same', searchFingerprint(articles.get('same')!)],
      ['edited', 'v1|old'],
      ['gone', 'whatever'],
    ]);
    const plan = planSync(indexed, [...articles.values()]);
    expect(plan.discard.sort()).toEqual(['edited', 'gone']);
    expect(plan.add.map((a) => a.slug).sort()).toEqual(['edited', 'new']);
  });

  it('re-indexes when a derived field changes though the file did not (a section renamed in sections.yml)', () => {
    const before = indexOf([{ slug: 'a', sectionName: 'News' }]).articles.get('a')!;
    const after = indexOf([{ slug: 'a', sectionName: 'Local news' }]).articles.get('a')!;
    expect(searchFingerprint(before)).not.toBe(searchFingerprint(after));
    expect(planSync(new Map([['a', searchFingerprint(before)]]), [after]).add).toHaveLength(1);
  });
});
