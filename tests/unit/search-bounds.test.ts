import { buildCatalog } from '@/lib/content/catalog';
import { createSearchIndex, fallbackTerms, MAX_FALLBACK_TERMS, MAX_WIDENED_TERMS, runSearch, suggestQueries, toSearchDoc } from '@/lib/search/engine';
import { parseSearchRequest } from '@/lib/search/query';
import { record } from '../helpers/records';

const NOW = new Date('2026-06-01T12:00:00Z');
const ask = (q: string) => parseSearchRequest({ q }, { timeZone: 'UTC', sections: new Set(['news']) });

function indexOf(specs: { slug: string; title: string; body?: string }[]) {
  const catalog = buildCatalog({ records: specs.map(({ slug, title }) => record({ slug, title, date: NOW })), authors: [], sections: [], problems: [] });
  const index = createSearchIndex();
  for (const spec of specs) index.add(toSearchDoc(catalog.bySlug.get(spec.slug)!, spec.body ?? ''));
  return index;
}

describe('the work one search can cause is bounded', () => {
  it('keeps the longest words, in the order typed, for the any-word fallback', () => {
    expect(MAX_FALLBACK_TERMS).toBe(4);
    expect(fallbackTerms(['ab', 'harbour', 'cd', 'lighthouse', 'ef', 'ferry', 'ghi', 'quay'])).toEqual(['harbour', 'lighthouse', 'ferry', 'quay']);
    expect(fallbackTerms(['one', 'two'])).toEqual(['one', 'two']);
  });

  it('widens only the first words with typo tolerance: a misspelt fifth word must match as written', () => {
    expect(MAX_WIDENED_TERMS).toBe(4);
    const index = indexOf([{ slug: 'debate', title: 'Harbour council debates parliamentary ferry subsidy' }]);
    const typoFirst = runSearch(index, ask('parliamentery harbour council ferry subsidy'), NOW);
    expect({ hits: typoFirst.hits.map((h) => h.slug), matchedAll: typoFirst.matchedAll }).toEqual({ hits: ['debate'], matchedAll: true });
    const typoFifth = runSearch(index, ask('harbour council ferry subsidy parliamentery'), NOW);
    expect({ hits: typoFifth.hits.map((h) => h.slug), matchedAll: typoFifth.matchedAll }).toEqual({ hits: ['debate'], matchedAll: false });
  });

  it('falls back on the four longest words only: a match on a short later word alone is not a result', () => {
    const index = indexOf([
      { slug: 'short-word', title: 'Quay repairs' },
      { slug: 'long-word', title: 'Lighthouse keepers return' },
    ]);
    const words = 'lighthouse cormorants breakwater shipwrights quay';
    const { hits, matchedAll } = runSearch(index, ask(words), NOW);
    expect({ hits: hits.map((h) => h.slug), matchedAll }).toEqual({ hits: ['long-word'], matchedAll: false });
  });

  it('runs two searches and one suggestion pass of four words for twelve nonsense words, never more', () => {
    const index = indexOf([{ slug: 'a', title: 'Ferry timetable changes' }]);
    const match = jest.spyOn(index, 'match');
    const near = jest.spyOn(index, 'wordsNear');
    const request = ask('qwertyuiop asdfghjklz zxcvbnmasd poiuytrewq lkjhgfdsaq mnbvcxzlkj qazwsxedcr rfvtgbyhnu ujmikolpqa wsxedcrfvt tgbyhnujmi okmijnuhbg');
    expect(request.terms).toHaveLength(12);
    expect(runSearch(index, request, NOW).hits).toEqual([]);
    // All words (the first four widened), then the fallback's four.
    expect(match.mock.calls.map(([q]) => q.match!.split(' AND ').length)).toEqual([12, 1]);
    expect(match.mock.calls[1][0].match!.split(') OR (')).toHaveLength(MAX_FALLBACK_TERMS);
    expect(near).toHaveBeenCalledTimes(2 * MAX_WIDENED_TERMS);
    near.mockClear();
    match.mockClear();
    expect(suggestQueries(index, request.terms)).toEqual([]);
    expect(near).toHaveBeenCalledTimes(MAX_FALLBACK_TERMS);
    expect(match).not.toHaveBeenCalled();
  });
});
