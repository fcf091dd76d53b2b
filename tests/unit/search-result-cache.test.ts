import { ResultCache } from '@/lib/search/result-cache';
import { createSearchIndex, PREFIX_ENOUGH, runSearch } from '@/lib/search/engine';

describe('the cache of answered searches', () => {
  it('answers only within the generation and time it was stored for', () => {
    const cache = new ResultCache<string>(10, 1_000);
    cache.set('q=ferry', 1, 'answer', 0);
    expect(cache.get('q=ferry', 1, 500)).toBe('answer');
    expect(cache.get('q=ferry', 2, 500)).toBeUndefined();
    cache.set('q=ferry', 2, 'answer', 0);
    expect(cache.get('q=ferry', 2, 1_001)).toBeUndefined();
  });

  it('drops the least recently used entry past its limit', () => {
    const cache = new ResultCache<number>(2, 60_000);
    cache.set('a', 1, 1, 0);
    cache.set('b', 1, 2, 0);
    expect(cache.get('a', 1, 0)).toBe(1);
    cache.set('c', 1, 3, 0);
    expect([cache.get('a', 1, 0), cache.get('b', 1, 0), cache.get('c', 1, 0)]).toEqual([1, undefined, 3]);
    expect(cache.size).toBe(2);
  });
});

describe('prefix matching of a common word', () => {
  const NOW = new Date('2026-06-01T12:00:00Z');
  const doc = (id: string, title: string) => ({
    id, title, body: '', tags: '', summary: '', authors: '', url: `/news/${id}`, section: 'news', sectionName: 'News', date: NOW.getTime(),
  });
  const find = (index: ReturnType<typeof createSearchIndex>, word: string) =>
    runSearch(index, { terms: [word], sort: 'relevance' }, NOW);

  it('widens a word found in fewer than PREFIX_ENOUGH articles, and not one found in more', () => {
    const index = createSearchIndex();
    index.transaction(() => {
      index.add(doc('fans', 'Supporters march'));
      for (let i = 0; i < PREFIX_ENOUGH - 1; i++) index.add(doc(`s${i}`, `Support for plan ${i}`));
    });
    expect(find(index, 'support').total).toBe(PREFIX_ENOUGH);
    index.add(doc('one-more', 'Support grows'));
    expect(find(index, 'support').total).toBe(PREFIX_ENOUGH);
    expect(find(index, 'support').hits.map((h) => h.slug)).not.toContain('fans');
    expect(find(index, 'supporters').hits.map((h) => h.slug)).toEqual(['fans']);
  });
});
