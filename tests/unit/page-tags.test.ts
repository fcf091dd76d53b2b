import { buildCatalog } from '@/lib/content/catalog';
import { ChangeLog } from '@/lib/content/change-log';
import { articleSlugOf, catalogChangeTags, changeTags, navigationKey, pageTags, publicationChangeTags } from '@/lib/content/page-tags';
import { buildPublishedView } from '@/lib/content/published-view';
import { record } from '../helpers/records';

const sections = [{ slug: 'news', name: 'News' }, { slug: 'sport', name: 'Sport' }];
const build = (records: ReturnType<typeof record>[]) => buildCatalog({ records, authors: [], sections, problems: [] });
const base = [
  record({ slug: 'flood', tags: ['Rivers'], authorRefs: ['Jo Bloggs'] }),
  record({ slug: 'cup', sectionName: 'Sport', sectionSlug: 'sport', tags: ['Football'] }),
];

describe('which tags a change touches', () => {
  it('touches only the article for an edit that moves it in no list', () => {
    const before = build(base);
    const after = build([record({ ...base[0], title: 'A new headline' }), base[1]]);
    expect(changeTags(before.bySlug.get('flood'), after.bySlug.get('flood'))).toEqual(['article:flood']);
  });

  it('touches the lists an article leaves and joins when its section, tags, date or bylines change', () => {
    const before = build(base);
    const after = build([record({ ...base[0], sectionName: 'Sport', sectionSlug: 'sport', tags: ['Weirs'] }), base[1]]);
    expect(changeTags(before.bySlug.get('flood'), after.bySlug.get('flood')).sort()).toEqual(
      ['article:flood', 'author:jo-bloggs', 'language:en-gb', 'lists', 'section:news', 'section:sport', 'tag:rivers', 'tag:weirs'],
    );
    const redated = build([record({ ...base[0], date: new Date('2025-02-01T00:00:00Z') }), base[1]]);
    expect(changeTags(before.bySlug.get('flood'), redated.bySlug.get('flood'))).toContain('section:news');
  });

  it('touches a new, deleted or now-duplicated slug with every list it was or is on', () => {
    const before = build(base);
    const duplicated = build([...base, record({ slug: 'flood', file: 'articles/other.md', sectionName: 'Sport', sectionSlug: 'sport' })]);
    expect(duplicated.bySlug.get('flood')).toBeUndefined();
    expect(catalogChangeTags(before.bySlug, duplicated.bySlug, ['flood']).sort()).toEqual(['article:flood', 'author:jo-bloggs', 'language:en-gb', 'lists', 'section:news', 'tag:rivers']);
    expect(catalogChangeTags(before.bySlug, before.bySlug, ['flood'])).toEqual([]);
  });

  it('touches the articles a new published view shows or hides, and nothing for an unchanged one', () => {
    const catalog = build([...base, record({ slug: 'embargoed', date: new Date('2025-06-01T00:00:00Z'), tags: ['Budget'] })]);
    const before = buildPublishedView(catalog, new Date('2025-05-01T00:00:00Z'));
    const after = buildPublishedView(catalog, new Date('2025-07-01T00:00:00Z'));
    expect(publicationChangeTags(before, after).sort()).toEqual(['article:embargoed', 'language:en-gb', 'lists', 'section:news', 'tag:budget']);
    expect(publicationChangeTags(after, buildPublishedView(catalog, new Date('2025-08-01T00:00:00Z')))).toEqual([]);
  });

  it('re-renders a language edition’s front and the original a translation links from, not every article of the edition', () => {
    const before = build(base);
    const translated = build([...base, record({ slug: 'crue', language: 'fr', translationOf: 'flood', sectionName: 'News', sectionSlug: 'news' })]);
    const touched = catalogChangeTags(before.bySlug, translated.bySlug, ['crue']);
    expect(touched).toEqual(expect.arrayContaining(['article:crue', 'article:flood', 'language:fr']));
    expect(pageTags('/fr', [], () => undefined)).toEqual(['site', 'section:fr', 'language:fr']);
    expect(pageTags('/news/flood', [], (slug) => before.bySlug.get(slug))).not.toContain('language:en-gb');
  });

  it('tells when the navigation changes: a section gains its first public article', () => {
    const newsOnly = buildPublishedView(build([base[0]]), new Date());
    const both = buildPublishedView(build(base), new Date());
    expect(navigationKey(sections, newsOnly.bySection)).not.toBe(navigationKey(sections, both.bySection));
    expect(navigationKey(sections, both.bySection)).toBe(navigationKey(sections, buildPublishedView(build(base), new Date()).bySection));
  });
});

describe('what a cached page is tagged with', () => {
  const catalog = build(base);
  const bySlug = (slug: string) => catalog.bySlug.get(slug);

  it('tags an article page with itself, its section, tags and authors, every article it links to and the most-read list', () => {
    expect(pageTags('/news/flood', ['/sport/cup', '/tags/rivers', '/', '/news'], bySlug).sort()).toEqual(
      ['article:cup', 'article:flood', 'author:jo-bloggs', 'most-read', 'section:news', 'site', 'tag:rivers'],
    );
  });

  it('tags list pages with their list, and the front page and archives with every list', () => {
    expect(pageTags('/news', [], bySlug)).toEqual(['site', 'section:news']);
    expect(pageTags('/news/page/2', [], bySlug)).toEqual(['site', 'section:news']);
    expect(pageTags('/tags/rivers/page/2', [], bySlug)).toEqual(['site', 'tag:rivers']);
    expect(pageTags('/authors/jo-bloggs', [], bySlug)).toEqual(['site', 'author:jo-bloggs']);
    for (const list of ['/index-pages/tags', '/index-pages/archive', '/archive/2025/01', '/tags']) expect(pageTags(list, [], bySlug)).toEqual(['site', 'lists']);
    expect(pageTags('/front-page/latest', [], bySlug)).toEqual(['site', 'lists', 'most-read']);
    expect(pageTags('/_not-found', ['/'], bySlug)).toEqual(['site']);
  });

  it('tags a search results page as changed by any change, whatever it links to', () => {
    expect(pageTags('/search-results/ready~WyJ3ZWlyIl0', ['/news/flood'], bySlug)).toEqual(['site', '*']);
  });

  it('reads article links as /<section>/<slug> outside the site folders, and survives bad escapes', () => {
    expect(articleSlugOf('/news/flood?ref=x')).toBe('flood');
    expect(articleSlugOf('/tags/rivers')).toBeUndefined();
    expect(articleSlugOf('/archive/2025')).toBeUndefined();
    expect(articleSlugOf('/news/%ff')).toBeUndefined();
  });
});

describe('ChangeLog', () => {
  it('counts any later change for the tag *', () => {
    const log = new ChangeLog(60_000);
    log.record(['article:a'], 1_000);
    const seq = log.seq;
    expect(log.changedSince(['*'], seq)).toBe(false);
    log.record(['article:b'], 2_000);
    expect(log.changedSince(['*'], seq)).toBe(true);
    expect(log.changedSince(['site'], seq)).toBe(false);
  });

  it('says a tag changed only after a later change touched it', () => {
    const log = new ChangeLog(60_000);
    log.record(['article:a'], 1_000);
    const seq = log.seq;
    log.record([], 2_000);
    expect(log.seq).toBe(seq);
    log.record(['article:b', 'lists'], 3_000);
    expect(log.changedSince(['article:a', 'site'], seq)).toBe(false);
    expect(log.changedSince(['article:b'], seq)).toBe(true);
  });

  it('dates changes, so a page rendered just before one counts as older than it', () => {
    const log = new ChangeLog(60_000);
    log.record(['article:a'], 1_000);
    log.record(['article:b'], 5_000);
    expect(log.seqAt(500)).toBe(0);
    expect(log.seqAt(1_000)).toBe(1);
    expect(log.seqAt(4_999)).toBe(1);
    expect(log.seqAt(6_000)).toBe(2);
  });
});
