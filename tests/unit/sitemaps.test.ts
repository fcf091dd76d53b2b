import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildCatalog, type Article } from '@/lib/content/catalog';
import type { ArticleRecord } from '@/lib/content/parse-article';
import type { Site } from '@/lib/site';
import { pageHref } from '@/components/Pagination';
import {
  articleEntries, listingEntries, newsLanguage, newsLastModified, newsSitemap, planSitemaps, sitemapIndex, urlSet, w3cDateTime,
} from '@/lib/seo/sitemaps';
import { record } from '../helpers/records';

const site: Site = { name: 'Fixture & <Gazette>', language: 'en-GB', timezone: 'Europe/London', url: 'https://news.example' };
const NOW = new Date('2026-03-10T12:00:00Z');
const HOUR = 3_600_000;
const ago = (hours: number) => new Date(NOW.getTime() - hours * HOUR);
const W3C_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const articles = (records: ArticleRecord[]): Article[] =>
  buildCatalog({ records, authors: [], sections: [{ slug: 'news', name: 'News' }], problems: [] }).articles;

/** Validates, then parses with attributes kept; lists always come back as arrays. */
function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    isArray: (name) => ['url', 'sitemap', 'image:image'].includes(name),
  });
  return parser.parse(xml);
}

describe('sitemapIndex', () => {
  it('lists child sitemaps in the 0.9 namespace with zoned lastmod', () => {
    const doc = parse(sitemapIndex([
      { loc: 'https://news.example/sitemaps/fronts.xml', lastmod: new Date('2025-02-01T09:30:00.123Z') },
      { loc: 'https://news.example/sitemaps/articles-1.xml?a=1&b=2' },
    ]));
    expect(doc.sitemapindex['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(doc.sitemapindex.sitemap).toHaveLength(2);
    expect(doc.sitemapindex.sitemap[0].lastmod).toBe('2025-02-01T09:30:00Z');
    expect(doc.sitemapindex.sitemap[0].lastmod).toMatch(W3C_WITH_ZONE);
    expect(doc.sitemapindex.sitemap[1].loc).toBe('https://news.example/sitemaps/articles-1.xml?a=1&b=2');
    expect(doc.sitemapindex.sitemap[1].lastmod).toBeUndefined();
  });
});

describe('urlSet', () => {
  it('declares the sitemap and image namespaces and writes image entries', () => {
    const xml = urlSet([
      { loc: 'https://news.example/news/a', lastmod: new Date('2025-01-05T00:00:00Z'), images: [{ loc: 'https://news.example/images/a.svg', title: 'A & B', caption: 'Dawn <weir>' }] },
      { loc: 'https://news.example/news/b' },
    ]);
    const doc = parse(xml);
    expect(doc.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(doc.urlset['@_xmlns:image']).toBe('http://www.google.com/schemas/sitemap-image/1.1');
    const [a, b] = doc.urlset.url;
    expect(a.lastmod).toMatch(W3C_WITH_ZONE);
    expect(a['image:image']).toEqual([{ 'image:loc': 'https://news.example/images/a.svg', 'image:title': 'A & B', 'image:caption': 'Dawn <weir>' }]);
    expect(xml).toContain('<image:caption>Dawn &lt;weir&gt;</image:caption>');
    expect(b['image:image']).toBeUndefined();
  });

  it('keeps a full file of 50,000 long URLs with pictures under the 50 MB limit', () => {
    const long = 'x'.repeat(200);
    const urls = Array.from({ length: 50_000 }, (_, i) => ({
      loc: `https://news.example/${long}/${i}`, lastmod: NOW, images: [{ loc: `https://cdn.example/${long}/${i}.jpg` }],
    }));
    const bytes = Buffer.byteLength(urlSet(urls), 'utf8');
    expect(bytes).toBeGreaterThan(20 * 1024 * 1024);
    expect(bytes).toBeLessThan(50 * 1024 * 1024);
  });
});

describe('article and listing entries', () => {
  const list = articles([
    record({ slug: 'pic', date: ago(5), updated: ago(1), image: '/images/pic.svg' }),
    record({ slug: 'remote', date: ago(6), image: 'https://cdn.example/remote.jpg' }),
    record({ slug: 'plain', date: ago(7) }),
  ]);

  it('uses canonical absolute URLs, updated ?? date, and absolute picture URLs', () => {
    const doc = parse(urlSet(articleEntries(site, list)));
    const urls = doc.urlset.url;
    expect(urls.map((u: { loc: string }) => u.loc)).toEqual(['https://news.example/news/pic', 'https://news.example/news/remote', 'https://news.example/news/plain']);
    expect(urls[0].lastmod).toBe(w3cDateTime(ago(1)));
    expect(urls[2].lastmod).toBe(w3cDateTime(ago(7)));
    expect(urls[0]['image:image'][0]['image:loc']).toBe('https://news.example/images/pic.svg');
    expect(urls[1]['image:image'][0]['image:loc']).toBe('https://cdn.example/remote.jpg');
    expect(urls[2]['image:image']).toBeUndefined();
  });

  it('lists every page of a listing with the newest change', () => {
    const entries = listingEntries(site, { basePath: '/tags/rivers', articles: list }, { perPage: 2, pageHref });
    expect(entries).toEqual([
      { loc: 'https://news.example/tags/rivers', lastmod: ago(1) },
      { loc: 'https://news.example/tags/rivers/page/2', lastmod: ago(1) },
    ]);
    expect(listingEntries(site, { basePath: '/authors/nobody', articles: [] }, { perPage: 20, pageHref })).toEqual([
      { loc: 'https://news.example/authors/nobody', lastmod: undefined },
    ]);
  });
});

describe('planSitemaps', () => {
  it('splits so no file holds more than 50,000 URLs, with at least one file', () => {
    expect(planSitemaps(0)).toBe(1);
    expect(planSitemaps(50_000)).toBe(1);
    expect(planSitemaps(50_001)).toBe(2);
    expect(planSitemaps(150_001)).toBe(4);
    expect(planSitemaps(7, 3)).toBe(3);
  });
});

describe('newsLanguage', () => {
  it('gives the ISO 639 code, keeping the region only for Chinese', () => {
    expect(newsLanguage('en-GB')).toBe('en');
    expect(newsLanguage('EN')).toBe('en');
    expect(newsLanguage('nb-NO')).toBe('nb');
    expect(newsLanguage('zh-CN')).toBe('zh-cn');
    expect(newsLanguage('zh-Hans')).toBe('zh-cn');
    expect(newsLanguage('zh-TW')).toBe('zh-tw');
    expect(newsLanguage('zh-Hant-HK')).toBe('zh-tw');
  });
});

describe('newsSitemap', () => {
  const news = (list: Article[], s: Site = site) => parse(newsSitemap({ site: s, articles: list, now: NOW })).urlset;
  const locs = (urlset: { url?: { loc: string }[] }) => (urlset.url ?? []).map((u) => u.loc);

  it('lists the last 48 hours only, newest first, nothing from the future', () => {
    const urlset = news(articles([
      record({ slug: 'h47', date: ago(47) }),
      record({ slug: 'h49', date: ago(49) }),
      record({ slug: 'h1', date: ago(1) }),
      record({ slug: 'future', date: ago(-1) }),
    ]));
    expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(locs(urlset)).toEqual(['https://news.example/news/h1', 'https://news.example/news/h47']);
  });

  it('writes publication name and language, zoned date and an escaped title', () => {
    const xml = newsSitemap({ site, articles: articles([record({ slug: 'amp', title: 'Floods & storms <live>', date: ago(2) })]), now: NOW });
    expect(xml).toContain('<news:title>Floods &amp; storms &lt;live&gt;</news:title>');
    expect(xml).toContain('<news:name>Fixture &amp; &lt;Gazette&gt;</news:name>');
    const [url] = parse(xml).urlset.url;
    const entry = url['news:news'];
    expect(entry['news:publication']).toEqual({ 'news:name': 'Fixture & <Gazette>', 'news:language': 'en' });
    expect(entry['news:publication_date']).toBe(w3cDateTime(ago(2)));
    expect(entry['news:publication_date']).toMatch(W3C_WITH_ZONE);
    expect(entry['news:title']).toBe('Floods & storms <live>');
  });

  it('caps the file at 1,000 articles, the newest', () => {
    const list = articles(Array.from({ length: 1_200 }, (_, i) => record({ slug: `s-${i}`, date: new Date(NOW.getTime() - (i + 1) * 60_000) })));
    const urls = locs(news(list));
    expect(urls).toHaveLength(1_000);
    expect(urls[0]).toBe('https://news.example/news/s-0');
    expect(urls[999]).toBe('https://news.example/news/s-999');
  });

  it('is an empty but valid urlset with no recent articles', () => {
    const xml = newsSitemap({ site, articles: articles([record({ slug: 'old', date: ago(100) })]), now: NOW });
    const urlset = parse(xml).urlset;
    expect(urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(urlset.url).toBeUndefined();
    expect(xml).not.toContain('<url>');
  });
});

describe('newsLastModified', () => {
  it('is the latest listed change, or when an article last aged out if that is later', () => {
    const fresh = articles([record({ slug: 'a', date: ago(3) }), record({ slug: 'b', date: ago(10), updated: ago(2) })]);
    expect(newsLastModified(fresh, NOW)).toEqual(ago(2));
    const agedRecently = articles([record({ slug: 'a', date: ago(30) }), record({ slug: 'old', date: ago(49) })]);
    expect(newsLastModified(agedRecently, NOW)).toEqual(ago(1));
    expect(newsLastModified(articles([record({ slug: 'future', date: ago(-5) })]), NOW)).toBeUndefined();
    expect(newsLastModified([], NOW)).toBeUndefined();
  });
});
