import { buildCatalog } from '@/lib/content/catalog';
import { buildPublishedView } from '@/lib/content/published-view';
import { composeFrontPage } from '@/lib/content/front-page';
import { record } from '../helpers/records';

const sections = [{ slug: 'news', name: 'News' }];
const authors = [{ id: 'jo', name: 'Jo Bloggs', profileFile: 'authors/jo.md' }];
const build = (records: ReturnType<typeof record>[]) => buildCatalog({ records, authors, sections, problems: [] });

describe('buildCatalog', () => {
  it('reports both articles of a duplicate slug and publishes neither', () => {
    const catalog = build([record({ slug: 'same', file: 'articles/a.md' }), record({ slug: 'same', file: 'articles/b.md' }), record({ slug: 'other' })]);
    expect(catalog.bySlug.has('same')).toBe(false);
    expect(catalog.problems.map((p) => p.file).sort()).toEqual(['articles/a.md', 'articles/b.md']);
    expect(catalog.problems[0].message).toContain('neither is published');
  });

  it('keeps sections.yml order and adds sections first met in articles', () => {
    const catalog = build([record({ slug: 'a', sectionSlug: 'opinion', sectionName: 'Opinion' })]);
    expect(catalog.sections.map((s) => s.slug)).toEqual(['news', 'opinion']);
  });

  it('merges tag spellings under one slug with the most common spelling as its name', () => {
    const catalog = build([
      record({ slug: 'a', tags: ['Climate Change'] }),
      record({ slug: 'b', tags: ['climate-change'] }),
      record({ slug: 'c', tags: ['Climate Change'] }),
    ]);
    expect([...catalog.tags.values()]).toEqual([{ slug: 'climate-change', name: 'Climate Change' }]);
    expect(catalog.bySlug.get('b')!.tagRefs).toEqual([{ slug: 'climate-change', name: 'Climate Change' }]);
  });

  it('merges tags that differ only in case, spaces, hyphens or underscores', () => {
    const catalog = build([
      record({ slug: 'a', tags: ['Flood Defences', 'FLOOD  DEFENCES'] }),
      record({ slug: 'b', tags: ['flood-defences'] }),
      record({ slug: 'c', tags: [' flood_defences '] }),
      record({ slug: 'd', tags: ['Flood Defences'] }),
    ]);
    expect([...catalog.tags.values()]).toEqual([{ slug: 'flood-defences', name: 'Flood Defences' }]);
    expect(catalog.bySlug.get('a')!.tagRefs).toHaveLength(1);
  });

  it('resolves bylines by id or by name, and gives plain names a guest author page', () => {
    const catalog = build([record({ slug: 'a', authorRefs: ['jo', 'Jo Bloggs', 'Guest Writer'] })]);
    expect(catalog.bySlug.get('a')!.bylines).toEqual([
      { id: 'jo', name: 'Jo Bloggs' },
      { id: 'jo', name: 'Jo Bloggs' },
      { id: 'guest-writer', name: 'Guest Writer' },
    ]);
    expect(catalog.authors.get('guest-writer')).toEqual({ id: 'guest-writer', name: 'Guest Writer' });
  });

  it('sorts newest first, builds URLs and maps aliases without trailing slashes', () => {
    const catalog = build([
      record({ slug: 'old', date: new Date('2024-01-01T00:00:00Z'), aliases: ['/2024/old/'] }),
      record({ slug: 'new', date: new Date('2025-01-01T00:00:00Z') }),
    ]);
    expect(catalog.articles.map((a) => a.url)).toEqual(['/news/new', '/news/old']);
    expect(catalog.byAlias.get('/2024/old')!.slug).toBe('old');
  });
});

describe('published view and front page', () => {
  const now = new Date('2025-06-01T00:00:00Z');
  const catalog = build([
    record({ slug: 'lead', featured: true, date: new Date('2025-03-01T00:00:00Z') }),
    record({ slug: 'newest', date: new Date('2025-05-01T00:00:00Z') }),
    record({ slug: 'draft', draft: true, date: new Date('2025-05-02T00:00:00Z') }),
    record({ slug: 'future', date: new Date('2025-07-01T00:00:00Z') }),
    ...Array.from({ length: 6 }, (_, i) => record({ slug: `s${i}`, date: new Date(`2025-02-0${i + 1}T00:00:00Z`) })),
  ]);
  const view = buildPublishedView(catalog, now);

  it('leaves drafts and scheduled articles out of every list', () => {
    expect(view.articles.map((a) => a.slug)).not.toContain('draft');
    expect(view.bySlug.has('future')).toBe(false);
    expect(view.bySection.get('news')).toHaveLength(8);
  });

  it('leads with the newest featured story, then top stories, then section blocks without repeats', () => {
    const front = composeFrontPage(view, catalog.sections);
    expect(front.lead!.slug).toBe('lead');
    expect(front.top.map((a) => a.slug)).toEqual(['newest', 's5', 's4', 's3']);
    expect(front.sections[0].articles.map((a) => a.slug)).toEqual(['s2', 's1', 's0']);
  });
});
