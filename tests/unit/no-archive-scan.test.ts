import { buildCatalog, type Article } from '@/lib/content/catalog';
import { paginate } from '@/lib/content/paginate';
import { buildPublishedView, type PublishedView } from '@/lib/content/published-view';
import { relatedArticles } from '@/lib/content/related';
import { viewBreakingStory } from '@/lib/content/breaking';
import { record } from '../helpers/records';

const SIZE = 20_000;
const NOW = new Date('2026-01-01T00:00:00Z');

/** Wraps a list so every element read is counted: what a request costs as the archive grows. */
function counted<T>(list: T[]): { list: T[]; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(list, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { list: proxy, reads: () => reads };
}

function archive(): PublishedView {
  const records = Array.from({ length: SIZE }, (_, i) =>
    record({
      slug: `story-${i}`,
      date: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000),
      // Ten stories share a rare tag with story-0; every story has a common one.
      tags: i <= 10 ? ['Common', 'Rare topic'] : ['Common'],
      terms: [`word${i % 500}`],
    }),
  );
  return buildPublishedView(buildCatalog({ records, authors: [], sections: [], problems: [] }), NOW);
}

describe('per-request work does not grow with the archive', () => {
  const view = archive();

  it('scores related articles from the postings of rare features, not from the whole archive', () => {
    const all = counted(view.articles);
    const section = counted(view.bySection.get('news')!);
    const probed: PublishedView = { ...view, articles: all.list, bySection: new Map([['news', section.list]]) };
    const article = view.bySlug.get('story-0') as Article;
    const related = relatedArticles(article, probed);
    expect(related).toHaveLength(5);
    expect(related.every((a) => a.tagRefs.some((t) => t.slug === 'rare-topic'))).toBe(true);
    expect(all.reads()).toBe(0);
    expect(section.reads()).toBe(0);
  });

  it('works out the breaking-news banner once per published view, not on every page', () => {
    const all = counted(view.articles);
    const probed: PublishedView = { ...view, articles: all.list };
    expect(viewBreakingStory(probed, NOW)).toBeUndefined();
    const once = all.reads();
    expect(once).toBe(SIZE); // No story is breaking: the first look walks the archive...
    for (let i = 0; i < 100; i++) viewBreakingStory(probed, NOW);
    expect(all.reads()).toBe(once); // ...and no page render after it does.
  });

  it('reads only the requested page of a listing', () => {
    const all = counted(view.articles);
    const page = paginate(all.list, 300);
    expect(page?.items).toHaveLength(20);
    expect(all.reads()).toBe(20);
  });
});
