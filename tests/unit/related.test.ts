import { buildCatalog } from '@/lib/content/catalog';
import { buildPublishedView } from '@/lib/content/published-view';
import { relatedArticles } from '@/lib/content/related';
import { record } from '../helpers/records';

const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000);

function viewOf(records: ReturnType<typeof record>[]) {
  const catalog = buildCatalog({ records, authors: [], sections: [], problems: [] });
  return { catalog, view: buildPublishedView(catalog, new Date('2030-01-01T00:00:00Z')) };
}

describe('relatedArticles', () => {
  const filler = Array.from({ length: 10 }, (_, i) =>
    record({ slug: `filler-${i}`, sectionSlug: 'sport', sectionName: 'Sport', tags: ['Common'], terms: ['match'], date: day(i) }),
  );

  it('puts editor pins first, then articles sharing rare tags, never the article itself or unpublished ones', () => {
    const { catalog, view } = viewOf([
      record({ slug: 'me', tags: ['Floods', 'Common'], related: ['pinned', 'draft-pin', 'me'], terms: ['river', 'weir'], date: day(20) }),
      record({ slug: 'pinned', sectionSlug: 'arts', sectionName: 'Arts', date: day(1) }),
      record({ slug: 'draft-pin', draft: true }),
      record({ slug: 'floods', tags: ['Floods'], date: day(19) }),
      record({ slug: 'words', terms: ['river', 'weir'], date: day(19) }),
      ...filler,
    ]);
    const related = relatedArticles(catalog.bySlug.get('me')!, view).map((a) => a.slug);
    expect(related.slice(0, 3)).toEqual(['pinned', 'floods', 'words']);
    expect(related).not.toContain('me');
    expect(related).not.toContain('draft-pin');
    expect(related).toHaveLength(5);
  });

  it('weighs a tag on most articles far below a rare one', () => {
    const { catalog, view } = viewOf([
      record({ slug: 'me', tags: ['Common', 'Rare'], date: day(10) }),
      record({ slug: 'common-only', tags: ['Common'], date: day(10) }),
      record({ slug: 'rare-only', tags: ['Rare'], sectionSlug: 'x', sectionName: 'X', date: day(10) }),
      ...filler,
    ]);
    expect(relatedArticles(catalog.bySlug.get('me')!, view)[0].slug).toBe('rare-only');
  });

  it('prefers the closer story in time when two match equally', () => {
    const { catalog, view } = viewOf([
      record({ slug: 'me', tags: ['Rare'], date: day(400) }),
      record({ slug: 'far', tags: ['Rare'], date: day(0) }),
      record({ slug: 'near', tags: ['Rare'], date: day(390) }),
      ...filler,
    ]);
    expect(relatedArticles(catalog.bySlug.get('me')!, view).map((a) => a.slug).slice(0, 2)).toEqual(['near', 'far']);
  });

  it('falls back to the section’s latest, then the site’s, so the list is never empty', () => {
    const { catalog, view } = viewOf([
      record({ slug: 'me', sectionSlug: 'sport', sectionName: 'Sport', date: day(50) }),
      ...filler,
      record({ slug: 'news-latest', date: day(60) }),
    ]);
    const related = relatedArticles(catalog.bySlug.get('me')!, view).map((a) => a.slug);
    expect(related).toEqual(['filler-9', 'filler-8', 'filler-7', 'filler-6', 'filler-5']);
    const { catalog: c2, view: v2 } = viewOf([record({ slug: 'only' }), record({ slug: 'other', sectionSlug: 'x', sectionName: 'X' })]);
    expect(relatedArticles(c2.bySlug.get('only')!, v2).map((a) => a.slug)).toEqual(['other']);
  });

  it('lets a same-topic story years apart beat a recent one that shares only a broader tag', () => {
    const broad = Array.from({ length: 3 }, (_, i) => record({ slug: `broad-${i}`, tags: ['Broad'], date: day(700 + i) }));
    const { catalog, view } = viewOf([
      record({ slug: 'me', tags: ['Floods', 'Weirs', 'Broad'], terms: ['weir', 'sluice'], date: day(730) }),
      record({ slug: 'old-topic', tags: ['Floods', 'Weirs'], terms: ['weir', 'sluice'], date: day(0) }),
      record({ slug: 'this-week', tags: ['Broad'], date: day(729) }),
      ...broad,
      ...filler,
    ]);
    expect(relatedArticles(catalog.bySlug.get('me')!, view).map((a) => a.slug).slice(0, 2)).toEqual(['old-topic', 'this-week']);
  });

  it('still proposes stories through common tags when rare ones find too few (large archives)', () => {
    const crowd = Array.from({ length: 120 }, (_, i) =>
      record({ slug: `crowd-${i}`, sectionSlug: 'sport', sectionName: 'Sport', tags: i < 60 ? ['Elections'] : [], date: day(i) }),
    );
    const { catalog, view } = viewOf([record({ slug: 'me', tags: ['Elections'], date: day(200) }), ...crowd]);
    const related = relatedArticles(catalog.bySlug.get('me')!, view);
    expect(related).toHaveLength(5);
    expect(related.every((a) => a.tagRefs.some((t) => t.slug === 'elections'))).toBe(true);
  });

  it('scores candidates on common words by looking them up, with the same lists as walking every list in full', () => {
    // 3,000 stories: a word on nearly every one, a word on every other, and rare words shared by small groups.
    const words = (i: number) => [...(i % 50 ? ['common'] : []), ...(i % 2 ? [] : ['half']), `rare-${i % 97}`, `group-${Math.floor(i / 40)}`];
    const records = Array.from({ length: 3_000 }, (_, i) =>
      record({ slug: `story-${i}`, tags: i % 5 ? ['Council'] : ['Council', `Ward ${i % 11}`], terms: words(i), date: day(i % 700) }),
    );
    const { view } = viewOf(records);
    expect(view.byTerm.get('common')).toHaveLength(2_940);
    const slugs = (list: { slug: string }[]) => list.map((a) => a.slug);
    for (const article of view.articles.filter((_, i) => i % 10 === 0)) {
      expect(slugs(relatedArticles(article, view))).toEqual(slugs(relatedArticles(article, view, 5, false)));
    }
  });
});
