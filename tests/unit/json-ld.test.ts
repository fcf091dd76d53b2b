import { buildCatalog } from '@/lib/content/catalog';
import { breadcrumbJsonLd, collectionPageJsonLd, newsArticleJsonLd, sectionCrumbs, serializeJsonLd, webSiteJsonLd } from '@/lib/seo/json-ld';
import { articleMetadata, ogLocale } from '@/lib/seo/metadata';
import type { Site } from '@/lib/site';
import { record } from '../helpers/records';

const site: Site = { name: 'Daily Example', description: 'News', language: 'en-GB', timezone: 'Europe/London', url: 'https://news.example.com' };
const catalog = buildCatalog({
  records: [
    record({
      slug: 'storm', title: 'Storm </script><script>alert(1)</script> & more', summary: 'A storm.', tags: ['Weather'],
      authorRefs: ['jo'], image: '/images/storm.png', imageAlt: 'Clouds', date: new Date('2025-07-01T08:00:00Z'), updated: new Date('2025-07-01T10:00:00Z'),
    }),
  ],
  authors: [{ id: 'jo', name: 'Jo Bloggs', profileFile: 'authors/jo.md' }],
  sections: [{ slug: 'news', name: 'News' }],
  problems: [],
});
const article = catalog.bySlug.get('storm')!;

describe('JSON-LD', () => {
  it('cannot be broken out of: </script> and & are escaped, and the text parses back unchanged', () => {
    const text = serializeJsonLd(newsArticleJsonLd(site, article));
    expect(text).not.toMatch(/<\/script|<script|&/i);
    expect(JSON.parse(text).headline).toBe(article.title);
  });

  it('describes a NewsArticle with Google’s required and recommended properties', () => {
    const data = JSON.parse(serializeJsonLd(newsArticleJsonLd(site, article)));
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      description: 'A storm.',
      image: ['https://news.example.com/images/storm.png', 'https://news.example.com/og/storm'],
      datePublished: '2025-07-01T09:00:00+01:00',
      dateModified: '2025-07-01T11:00:00+01:00',
      author: [{ '@type': 'Person', name: 'Jo Bloggs', url: 'https://news.example.com/authors/jo' }],
      publisher: { '@type': 'NewsMediaOrganization', name: 'Daily Example', logo: { url: 'https://news.example.com/logo.png' } },
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://news.example.com/news/storm' },
      articleSection: 'News',
      keywords: ['Weather'],
      wordCount: 100,
    });
  });

  it('builds breadcrumbs Home › Section › Article with links on all but the last', () => {
    const data = breadcrumbJsonLd(site, sectionCrumbs({ name: 'News', slug: 'news' }, article));
    expect(data.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://news.example.com/' },
      { '@type': 'ListItem', position: 2, name: 'News', item: 'https://news.example.com/news' },
      { '@type': 'ListItem', position: 3, name: article.title },
    ]);
  });

  it('describes the site and its fronts', () => {
    expect(webSiteJsonLd(site)).toMatchObject({ '@type': 'WebSite', url: 'https://news.example.com/' });
    const page = collectionPageJsonLd(site, { name: 'News', path: '/news', articles: [article] });
    expect(page).toMatchObject({ '@type': 'CollectionPage', url: 'https://news.example.com/news' });
    expect((page.mainEntity as { itemListElement: unknown[] }).itemListElement).toHaveLength(1);
    const archive = collectionPageJsonLd(site, { name: 'Archive', path: '/archive', links: [{ name: '2025', path: '/archive/2025' }] });
    expect((archive.mainEntity as { itemListElement: unknown[] }).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, url: 'https://news.example.com/archive/2025', name: '2025' },
    ]);
  });

  it('gives the WebSite a SearchAction whose URL template keeps its placeholder literal', () => {
    const data = JSON.parse(serializeJsonLd(webSiteJsonLd(site)));
    expect(data.potentialAction).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: 'https://news.example.com/search?q={search_term_string}' },
      'query-input': 'required name=search_term_string',
    });
  });
});

describe('head metadata', () => {
  it('converts BCP 47 to Open Graph locales', () => {
    expect(ogLocale('en-GB')).toBe('en_GB');
    expect(ogLocale('de')).toBe('de');
  });

  it('gives an article an Open Graph article card with zoned times, section, tags and a sized image', () => {
    const meta = articleMetadata(site, article);
    expect(meta.alternates?.canonical).toBe('/news/storm');
    expect(meta.alternates?.types).toEqual({
      'application/rss+xml': [
        { url: 'https://news.example.com/feed.xml', title: 'Daily Example (RSS)' },
        { url: 'https://news.example.com/news/feed.xml', title: 'Daily Example: News (RSS)' },
      ],
      'application/atom+xml': [{ url: 'https://news.example.com/atom.xml', title: 'Daily Example (Atom)' }],
      'application/feed+json': [{ url: 'https://news.example.com/feed.json', title: 'Daily Example (JSON Feed)' }],
    });
    expect(meta.openGraph).toMatchObject({
      type: 'article', publishedTime: '2025-07-01T09:00:00+01:00', modifiedTime: '2025-07-01T11:00:00+01:00', section: 'News', tags: ['Weather'],
      images: [{ url: 'https://news.example.com/og/storm', width: 1200, height: 630, alt: 'Clouds' }],
    });
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image' });
  });
});
