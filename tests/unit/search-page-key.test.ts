import { searchPageKey, searchParamsOfKey } from '@/lib/search/page-key';

describe('the cache key of a search results page', () => {
  it('round-trips the parameters a result page depends on, and nothing else', () => {
    const params = new URLSearchParams('q=river+flood&section=news&from=2025-01-01&to=2025-02-01&sort=newest&page=2&utm_source=x');
    const key = searchPageKey(params, '7');
    expect(key).toMatch(/^7~[A-Za-z0-9_-]+$/);
    expect(searchParamsOfKey(key)).toEqual({ q: 'river flood', section: 'news', from: '2025-01-01', to: '2025-02-01', sort: 'newest', page: '2' });
  });

  it('gives the same search the same key, another search or another index state another', () => {
    const a = searchPageKey(new URLSearchParams('q=weir&utm_campaign=z'), '3');
    expect(searchPageKey(new URLSearchParams('q=weir'), '3')).toBe(a);
    expect(searchPageKey(new URLSearchParams('q=weir'), '4')).not.toBe(a);
    expect(searchPageKey(new URLSearchParams('q=weirs'), '3')).not.toBe(a);
  });

  it('bounds the key whatever the query, and reads a damaged key as an empty search', () => {
    expect(searchPageKey(new URLSearchParams({ q: 'x'.repeat(100_000), section: 'y'.repeat(10_000) }), '1').length).toBeLessThan(500);
    for (const bad of ['', '1', '1~', '1~%%%', '1~bm90IGpzb24', `1~${Buffer.from('{"q":1}').toString('base64url')}`]) expect(searchParamsOfKey(bad)).toEqual({});
  });
});
