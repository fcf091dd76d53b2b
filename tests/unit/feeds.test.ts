import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import { buildCatalog } from '@/lib/content/catalog';
import { buildAtom, buildJsonFeed, buildRss, feedLastModified, feedLinks, imageType, sectionFeedInput, siteFeedInput } from '@/lib/seo/feeds';
import type { Site } from '@/lib/site';
import { record } from '../helpers/records';

const site: Site = { name: 'The Test Courier', description: 'News for tests', language: 'en-GB', timezone: 'Europe/London', url: 'https://courier.example.test' };
const HOSTILE = 'Tom & Jerry </title><script>alert(1)</script> ]]> "quoted"';

const { articles } = buildCatalog({
  sections: [{ slug: 'news', name: 'News', description: 'All the news.' }, { slug: 'sport', name: 'Sport' }],
  authors: [{ id: 'jo-bloggs', name: 'Jo Bloggs', profileFile: 'authors/jo-bloggs.md' }],
  problems: [],
  records: [
    record({
      slug: 'summer-story', title: 'A summer story', summary: 'Sun & rain <b>all</b> week.',
      date: new Date('2025-07-01T09:30:00Z'), updated: new Date('2025-07-02T12:00:00Z'),
      authorRefs: ['jo-bloggs', 'Guest Writer'], tags: ['Rivers', 'Flood Defences'],
      image: '/images/hero.svg', imageAlt: 'A weir & a "bridge"',
    }),
    record({ slug: 'hostile', title: HOSTILE, date: new Date('2025-03-01T12:00:00Z'), sectionSlug: 'sport', sectionName: 'Sport', image: 'https://cdn.example.org/pic.jpg' }),
    record({ slug: 'winter-story', title: 'A winter story', date: new Date('2025-01-10T08:00:00Z') }),
  ],
});
const input = siteFeedInput(site, articles, '/feed.xml');
const urlOf = (slug: string) => `https://courier.example.test/${slug === 'hostile' ? 'sport' : 'news'}/${slug}`;
const hostsIn = (text: string) => new Set([...text.matchAll(/https?:\/\/([^/"<\s]+)/g)].map((m) => m[1]));
const NAMESPACE_HOSTS = ['www.w3.org', 'purl.org', 'search.yahoo.com', 'jsonfeed.org'];

describe('buildRss', () => {
  const xml = buildRss(input);
  const feed = parseFeed(xml);

  it('is well-formed RSS 2.0 with the channel fields and a self link', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">');
    expect(feed.meta.type).toBe('rss');
    expect(feed.title).toBe('The Test Courier');
    expect(feed.description).toBe('News for tests');
    expect(feed.language).toBe('en-GB');
    expect(feed.url).toBe('https://courier.example.test/');
    expect(feed.self).toBe('https://courier.example.test/feed.xml');
    expect(xml).toContain('<atom:link href="https://courier.example.test/feed.xml" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain('<lastBuildDate>Wed, 02 Jul 2025 12:00:00 GMT</lastBuildDate>');
  });

  it('lists the items newest first with link, guid, summary, bylines, tags, date and image', () => {
    expect(feed.items.map((i) => i.url)).toEqual(['summer-story', 'hostile', 'winter-story'].map(urlOf));
    const [item] = feed.items;
    expect(item.title).toBe('A summer story');
    expect(item.id).toBe(urlOf('summer-story'));
    expect(xml).toContain(`<guid isPermaLink="true">${urlOf('summer-story')}</guid>`);
    expect(item.description).toBe('Sun & rain <b>all</b> week.');
    expect(item.published?.toISOString()).toBe('2025-07-01T09:30:00.000Z');
    expect(xml).toContain('<pubDate>Tue, 01 Jul 2025 09:30:00 GMT</pubDate>');
    expect(item.authors.map((a) => a.name)).toEqual(['Jo Bloggs, Guest Writer']);
    expect(item.categories.map((c) => c.term)).toEqual(['Rivers', 'Flood Defences']);
    expect(item.image?.url).toBe('https://courier.example.test/images/hero.svg');
    expect(item.media).toEqual([expect.objectContaining({ url: 'https://courier.example.test/images/hero.svg', type: 'image', mimeType: 'image/svg+xml', title: 'A weir & a "bridge"' })]);
    expect(xml).not.toContain('<enclosure');
  });

  it('leaves out what an article does not have', () => {
    const winter = feed.items[2];
    expect(winter.description).toBeNull();
    expect(winter.image).toBeNull();
    expect(winter.categories).toEqual([]);
    expect(xml.split('<item>')[3]).not.toMatch(/dc:creator|media:content|<description>/);
  });

  it('keeps a hostile title as text and keeps an external image address', () => {
    expect(feed.items[1].title).toBe(HOSTILE);
    expect(xml).not.toMatch(/<script>|\]\]>/);
    expect(feed.items[1].image?.url).toBe('https://cdn.example.org/pic.jpg');
  });

  it('uses only the given site URL for its own addresses', () => {
    const hosts = [...hostsIn(xml)].filter((h) => !NAMESPACE_HOSTS.includes(h));
    expect(hosts.sort()).toEqual(['cdn.example.org', 'courier.example.test']);
  });

  it('describes a section feed by the section', () => {
    const section = parseFeed(buildRss(sectionFeedInput(site, { slug: 'news', name: 'News', description: 'All the news.' }, articles.slice(0, 1))));
    expect(section.title).toBe('The Test Courier: News');
    expect(section.description).toBe('All the news.');
    expect(section.url).toBe('https://courier.example.test/news');
    expect(section.self).toBe('https://courier.example.test/news/feed.xml');
    expect(section.items).toHaveLength(1);
  });
});

describe('buildAtom', () => {
  const xml = buildAtom(siteFeedInput(site, articles, '/atom.xml'));
  const feed = parseFeed(xml);

  it('is well-formed Atom 1.0 with id, title, updated, self and alternate links and an author', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('The Test Courier');
    expect(feed.language).toBe('en-GB');
    expect(feed.self).toBe('https://courier.example.test/atom.xml');
    expect(feed.url).toBe('https://courier.example.test/');
    expect(feed.updated?.toISOString()).toBe('2025-07-02T12:00:00.000Z');
    expect(xml).toContain('<id>https://courier.example.test/atom.xml</id>');
    expect(xml).toContain('<updated>2025-07-02T13:00:00+01:00</updated>');
    expect(feed.authors).toEqual([{ name: 'The Test Courier', url: 'https://courier.example.test/', email: null }]);
  });

  it('gives entries id, link, dates with a zone, summary, authors with pages, categories and the image', () => {
    expect(feed.items.map((i) => i.url)).toEqual(['summer-story', 'hostile', 'winter-story'].map(urlOf));
    const [entry] = feed.items;
    expect(entry.id).toBe(urlOf('summer-story'));
    expect(entry.title).toBe('A summer story');
    expect(entry.description).toBe('Sun & rain <b>all</b> week.');
    expect(xml).toContain('<published>2025-07-01T10:30:00+01:00</published>');
    expect(entry.published?.toISOString()).toBe('2025-07-01T09:30:00.000Z');
    expect(entry.updated?.toISOString()).toBe('2025-07-02T12:00:00.000Z');
    expect(entry.authors).toEqual([
      { name: 'Jo Bloggs', url: 'https://courier.example.test/authors/jo-bloggs', email: null },
      { name: 'Guest Writer', url: 'https://courier.example.test/authors/guest-writer', email: null },
    ]);
    expect(entry.categories).toEqual([{ term: 'rivers', label: 'Rivers', url: null }, { term: 'flood-defences', label: 'Flood Defences', url: null }]);
    expect(entry.image).toEqual({ url: 'https://courier.example.test/images/hero.svg', title: 'A weir & a "bridge"' });
  });

  it('dates an entry without an update by its publication, in the site zone', () => {
    const winter = feed.items[2];
    expect(winter.updated?.toISOString()).toBe('2025-01-10T08:00:00.000Z');
    expect(xml).toContain('<published>2025-01-10T08:00:00+00:00</published><updated>2025-01-10T08:00:00+00:00</updated>');
    expect(winter.authors.map((a) => a.name)).toEqual(['The Test Courier']);
  });

  it('keeps a hostile title as text', () => {
    expect(feed.items[1].title).toBe(HOSTILE);
    expect(xml).not.toMatch(/<script>|\]\]>/);
  });
});

describe('buildJsonFeed', () => {
  const json = JSON.parse(buildJsonFeed(siteFeedInput(site, articles, '/feed.json')));

  it('has the JSON Feed 1.1 top-level fields', () => {
    expect(json).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1', title: 'The Test Courier', description: 'News for tests', language: 'en-GB',
      home_page_url: 'https://courier.example.test/', feed_url: 'https://courier.example.test/feed.json',
    });
    expect(json.items).toHaveLength(3);
  });

  it('gives every item an id, a URL and content, newest first', () => {
    expect(json.items.map((i: { url: string }) => i.url)).toEqual(['summer-story', 'hostile', 'winter-story'].map(urlOf));
    for (const item of json.items) {
      expect(item.id).toBe(item.url);
      expect(typeof item.content_text).toBe('string');
    }
    expect(json.items[1].title).toBe(HOSTILE);
  });

  it('carries summary, image, RFC 3339 dates, authors and tags', () => {
    expect(json.items[0]).toEqual({
      id: urlOf('summer-story'), url: urlOf('summer-story'), title: 'A summer story',
      summary: 'Sun & rain <b>all</b> week.', content_text: 'Sun & rain <b>all</b> week.',
      image: 'https://courier.example.test/images/hero.svg',
      date_published: '2025-07-01T10:30:00+01:00', date_modified: '2025-07-02T13:00:00+01:00',
      authors: [
        { name: 'Jo Bloggs', url: 'https://courier.example.test/authors/jo-bloggs' },
        { name: 'Guest Writer', url: 'https://courier.example.test/authors/guest-writer' },
      ],
      tags: ['Rivers', 'Flood Defences'],
    });
    expect(new Date(json.items[0].date_published).toISOString()).toBe('2025-07-01T09:30:00.000Z');
    expect(json.items[2]).not.toHaveProperty('authors');
    expect(json.items[2].content_text).toBe('A winter story');
  });
});

describe('feed helpers', () => {
  it('takes the last modification from the newest update, not the newest date', () => {
    expect(feedLastModified(articles)?.toISOString()).toBe('2025-07-02T12:00:00.000Z');
    expect(feedLastModified([articles[2], articles[1]])?.toISOString()).toBe('2025-03-01T12:00:00.000Z');
    expect(feedLastModified([])).toBeUndefined();
  });

  it('builds valid empty feeds dated by `now`', () => {
    const empty = { ...input, articles: [], now: new Date('2025-05-05T05:05:05Z') };
    const rss = buildRss(empty);
    expect(XMLValidator.validate(rss)).toBe(true);
    expect(parseFeed(rss).items).toEqual([]);
    expect(rss).toContain('<lastBuildDate>Mon, 05 May 2025 05:05:05 GMT</lastBuildDate>');
    expect(XMLValidator.validate(buildAtom(empty))).toBe(true);
    expect(JSON.parse(buildJsonFeed(empty)).items).toEqual([]);
  });

  it('knows the MIME types of the images the site serves', () => {
    expect(imageType('/images/a.SVG')).toBe('image/svg+xml');
    expect(imageType('https://cdn.example.org/b.jpeg?w=200')).toBe('image/jpeg');
    expect(imageType('https://cdn.example.org/picture')).toBeUndefined();
  });

  it('lists the site feeds, and the section feed when given', () => {
    expect(feedLinks(site)).toEqual([
      { type: 'application/rss+xml', title: 'The Test Courier (RSS)', href: 'https://courier.example.test/feed.xml' },
      { type: 'application/atom+xml', title: 'The Test Courier (Atom)', href: 'https://courier.example.test/atom.xml' },
      { type: 'application/feed+json', title: 'The Test Courier (JSON Feed)', href: 'https://courier.example.test/feed.json' },
    ]);
    const withSection = feedLinks({ ...site, url: 'http://127.0.0.1:4000' }, { slug: 'sport', name: 'Sport' });
    expect(withSection).toHaveLength(4);
    expect(withSection[3]).toEqual({ type: 'application/rss+xml', title: 'The Test Courier: Sport (RSS)', href: 'http://127.0.0.1:4000/sport/feed.xml' });
    expect(withSection[0].href).toBe('http://127.0.0.1:4000/feed.xml');
  });
});
