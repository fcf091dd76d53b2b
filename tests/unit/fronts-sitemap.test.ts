import { frontsFileName, frontsFileNumber, sitemapPart } from '@/lib/seo/fronts-sitemap';
import { MAX_SITEMAP_URLS, planSitemaps } from '@/lib/seo/sitemaps';

describe('the fronts sitemap split at 50,000 URLs, like the article sitemaps', () => {
  const urls = Array.from({ length: 2 * MAX_SITEMAP_URLS + 1 }, (_, i) => ({ loc: `https://example.org/tags/t${i}` }));

  it('splits 100,001 front URLs into three files, none over the limit, every URL in exactly one', () => {
    const files = planSitemaps(urls.length);
    expect(files).toBe(3);
    const parts = Array.from({ length: files }, (_, i) => sitemapPart(urls, i + 1)!);
    expect(parts.map((p) => p.length)).toEqual([MAX_SITEMAP_URLS, MAX_SITEMAP_URLS, 1]);
    expect(new Set(parts.flat().map((u) => u.loc)).size).toBe(urls.length);
    expect(sitemapPart(urls, 4)).toBeUndefined();
  });

  it('keeps fronts.xml as the first part and numbers the rest', () => {
    expect([1, 2, 3].map(frontsFileName)).toEqual(['fronts.xml', 'fronts-2.xml', 'fronts-3.xml']);
    for (const n of [1, 2, 3, 12]) expect(frontsFileNumber(frontsFileName(n))).toBe(n);
    for (const name of ['fronts-1.xml', 'fronts-0.xml', 'fronts-02.xml', 'fronts-x.xml', 'fronts.xml.gz']) expect(frontsFileNumber(name)).toBeUndefined();
  });

  it('has a first part even when there are no front URLs', () => {
    expect(sitemapPart([], 1)).toEqual([]);
    expect(sitemapPart([], 2)).toBeUndefined();
  });
});
