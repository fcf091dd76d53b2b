import { buildCatalog, type Catalog } from '@/lib/content/catalog';
import { patchCatalog, type RecordChange } from '@/lib/content/catalog-patch';
import type { ArticleRecord } from '@/lib/content/parse-article';
import type { Problem } from '@/lib/content/problems';
import { buildPublishedView, patchPublishedView, type PublishedView } from '@/lib/content/published-view';
import { record } from '../helpers/records';

// A small archive is edited at random, a few files at a time, and after each step the patched catalog and
// published view must equal a full rebuild from every file. The pools are small so that duplicate slugs, tag
// spellings, shared guest authors, aliases and sections only articles name all come up.
const sections = [{ slug: 'news', name: 'News' }, { slug: 'sport', name: 'Sport' }];
const authors = [{ id: 'jo', name: 'Jo Bloggs', profileFile: 'authors/jo.md' }];
const SLUGS = Array.from({ length: 30 }, (_, i) => `story-${i}`);
const TAGS = ['Housing', 'housing', 'Flood Defences', 'flood-defences', 'Transport', 'Schools', 'Budget'];
const REFS = ['jo', 'Jo Bloggs', 'Guest Writer', 'guest writer', 'Sam Okafor', 'Lee Wan'];
const TERMS = ['council', 'river', 'bridge', 'tram', 'school', 'budget', 'harbour', 'library'];
const NOW = new Date('2026-06-01T12:00:00Z');

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function makeRecord(random: () => number, file: string, n: number): ArticleRecord {
  const pick = <T,>(list: T[]) => list[Math.floor(random() * list.length)];
  const some = <T,>(list: T[], max: number) => Array.from({ length: Math.floor(random() * (max + 1)) }, () => pick(list));
  const day = Math.floor(random() * 400) - 20; // a few are scheduled after NOW
  return record({
    // Most stories get a slug of their own; some reuse one, so duplicates come and go.
    file, slug: random() < 0.1 ? pick(SLUGS) : `story-${n}`, digest: `${file}#${n}`, title: `Title ${n}`,
    ...(random() < 0.03 ? { sectionSlug: 'ad-hoc', sectionName: 'Ad hoc' } : random() < 0.5 ? { sectionSlug: 'sport', sectionName: 'Sport' } : {}),
    tags: some(TAGS, 3), authorRefs: random() < 0.3 ? some(REFS, 2) : ['jo'], terms: [...new Set(some(TERMS, 4))],
    date: new Date(NOW.getTime() - day * 86_400_000 - Math.floor(random() * 1000)),
    draft: random() < 0.05,
    ...(random() < 0.05 ? { expires: new Date(NOW.getTime() + (random() - 0.5) * 10 * 86_400_000) } : {}),
    aliases: random() < 0.03 ? [`/old/${n}`, ...(random() < 0.5 ? [`/${pick(['news', 'sport'])}/${pick(SLUGS)}`] : [])] : [],
  });
}

const full = (files: Map<string, ArticleRecord>, problems: Problem[]) =>
  buildCatalog({ records: [...files.values()], authors, sections, problems });

/** What pages can observe of a catalog, in a comparable form. */
function observable(c: Catalog) {
  const sorted = <V,>(m: Map<string, V>) => [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return {
    articles: c.articles, bySlug: sorted(c.bySlug), byAlias: sorted(c.byAlias).map(([k, a]) => [k, a.slug]),
    sections: c.sections, authors: sorted(c.authors), tags: sorted(c.tags), problems: c.problems,
  };
}

function viewOf(v: PublishedView) {
  const lists = (m: Map<string, { slug: string }[]>) =>
    [...m.entries()].map(([k, list]) => [k, list.map((a) => a.slug)] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return {
    articles: v.articles.map((a) => a.slug), bySlug: [...v.bySlug.keys()].sort(),
    bySection: lists(v.bySection), byTag: lists(v.byTag), byAuthor: lists(v.byAuthor), byTerm: lists(v.byTerm),
  };
}

describe('patchCatalog and patchPublishedView', () => {
  it.each([1, 2, 3, 4])('equal a full rebuild after every step of 300 random edits (seed %i)', (seed) => {
    const random = rng(seed);
    const files = new Map<string, ArticleRecord>();
    let n = 0;
    for (let i = 0; i < 40; i++) files.set(`articles/f${i}.md`, makeRecord(random, `articles/f${i}.md`, n++));
    let catalog = full(files, []);
    let view = buildPublishedView(catalog, NOW);
    let patched = 0;
    for (let step = 0; step < 300; step++) {
      const changes: RecordChange[] = [];
      for (let k = 1 + Math.floor(random() * 3); k > 0; k--) {
        const existing = [...files.keys()];
        const roll = random();
        const file = roll < 0.3 || existing.length === 0 ? `articles/new-${n}.md` : existing[Math.floor(random() * existing.length)];
        if (changes.some((c) => (c.before ?? c.after)?.file === file)) continue;
        const before = files.get(file);
        const after = roll > 0.85 && before ? undefined : makeRecord(random, file, n++);
        if (after) files.set(file, after);
        else files.delete(file);
        changes.push({ before, after });
      }
      const problems: Problem[] = step % 7 === 0 ? [{ file: 'articles/x.md', line: 3, message: `broken ${step}`, severity: 'error' }] : [];
      const rebuilt = full(files, problems);
      const next = patchCatalog(catalog, changes, problems);
      if (next) {
        patched += 1;
        expect(observable(next)).toEqual(observable(rebuilt));
        const removed = changes.flatMap((c) => (c.before && catalog.bySlug.get(c.before.slug)?.file === c.before.file ? [catalog.bySlug.get(c.before.slug)!] : []));
        const added = changes.flatMap((c) => (c.after ? [next.bySlug.get(c.after.slug)!] : []));
        const nextView = patchPublishedView(view, removed, added, NOW);
        expect(viewOf(nextView)).toEqual(viewOf(buildPublishedView(rebuilt, NOW)));
        catalog = next;
        view = nextView;
      } else {
        catalog = rebuilt;
        view = buildPublishedView(rebuilt, NOW);
      }
    }
    // The patch must take the common case, or the test proves nothing.
    expect(patched).toBeGreaterThan(100);
  });

  it('leaves the catalog and view it was given as they were', () => {
    const files = new Map([1, 2, 3].map((i) => [`articles/${i}.md`, record({ slug: `s${i}`, file: `articles/${i}.md`, tags: ['Housing'] })]));
    const catalog = full(files, []);
    const view = buildPublishedView(catalog, NOW);
    const before = { catalog: observable(catalog), view: viewOf(view) };
    const change = { before: files.get('articles/2.md'), after: record({ slug: 's9', file: 'articles/2.md', tags: ['Housing', 'Budget'] }) };
    const next = patchCatalog(catalog, [change], [])!;
    patchPublishedView(view, [catalog.bySlug.get('s2')!], [next.bySlug.get('s9')!], NOW);
    expect({ catalog: observable(catalog), view: viewOf(view) }).toEqual(before);
  });

  it('declines what only a full rebuild gets right: a slug another file has, an alias, a renamed tag', () => {
    const files = new Map([1, 2, 3].map((i) => [`articles/${i}.md`, record({ slug: `s${i}`, file: `articles/${i}.md`, tags: ['Housing'] })]));
    const catalog = full(files, []);
    expect(patchCatalog(catalog, [{ after: record({ slug: 's1', file: 'articles/dup.md' }) }], [])).toBeUndefined();
    expect(patchCatalog(catalog, [{ after: record({ slug: 's4', file: 'articles/4.md', aliases: ['/old'] }) }], [])).toBeUndefined();
    const respelled = ['housing', 'housing', 'housing', 'housing'].map((t, i) => ({ after: record({ slug: `t${i}`, file: `articles/t${i}.md`, tags: [t] }) }));
    expect(patchCatalog(catalog, respelled, [])).toBeUndefined();
  });
});
