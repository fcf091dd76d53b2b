import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { buildCatalog } from '@/lib/content/catalog';
import { asHtmlText, asInertText, buildAtom, buildJsonFeed, buildRss, sectionFeedInput, siteFeedInput } from '@/lib/seo/feeds';
import { newsSitemap, urlSet } from '@/lib/seo/sitemaps';
import { openSearchDescription } from '@/lib/seo/opensearch';
import { breadcrumbJsonLd, collectionPageJsonLd, newsArticleJsonLd, sectionCrumbs, serializeJsonLd, webSiteJsonLd } from '@/lib/seo/json-ld';
import { highlight, snippet } from '@/lib/search/highlight';
import { JsonLd } from '@/components/JsonLd';
import { Highlighted } from '@/components/Highlighted';
import { ArticleNotes } from '@/components/ArticleNotes';
import type { Site } from '@/lib/site';
import { XSS_VECTORS } from '../fixtures/xss-vectors';
import { record } from '../helpers/records';
import { allElements, parseXml, textsOf, xmlSafe, type XmlElement } from '../helpers/xml-tree';

const NOW = new Date('2026-03-10T12:00:00Z');
const cases = XSS_VECTORS.map((v) => [v.name, v.payload]);

/** A site and one article whose every editor-written field (and the site's name) is the payload. */
function hostile(payload: string) {
  const site: Site = { name: payload, description: payload, language: 'en-GB', timezone: 'Europe/London', url: 'https://news.example' };
  const catalog = buildCatalog({
    records: [record({
      slug: 'story', title: payload, summary: payload, tags: [payload], authorRefs: [payload], sectionSlug: 'news', sectionName: payload,
      image: '/images/hero.png', imageAlt: payload, imageCaption: payload, imageCredit: payload, date: new Date(NOW.getTime() - 3_600_000),
      corrections: [{ date: new Date(NOW.getTime() - 1_800_000), text: payload }],
      updates: [{ date: new Date(NOW.getTime() - 900_000), text: payload }],
    })],
    authors: [], sections: [], problems: [],
  });
  return { site, article: catalog.articles[0], section: catalog.sections[0] };
}

const namesIn = (roots: XmlElement[]) => [...new Set(allElements(roots).map((e) => e.name))].sort();

describe.each(cases)('feeds and sitemaps keep %s as text', (_name, payload) => {
  const { site, article, section } = hostile(payload);
  const text = xmlSafe(payload);

  it('RSS: well-formed, no injected element, every field reads back', () => {
    for (const input of [siteFeedInput(site, [article], '/feed.xml'), sectionFeedInput(site, section, [article])]) {
      const doc = parseXml(buildRss(input));
      expect(namesIn(doc)).toEqual(['atom:link', 'category', 'channel', 'dc:creator', 'description', 'guid', 'language',
        'lastBuildDate', 'link', 'media:content', 'media:description', 'pubDate', 'rss', 'title', 'item'].sort());
      const item = allElements(doc).find((e) => e.name === 'item')!;
      // Fields that readers may render as HTML carry the text escaped for HTML (tests/unit/xss-feed-readers.test.ts).
      expect(textsOf([item], 'description')).toEqual([asHtmlText(text)]);
      for (const field of ['title', 'dc:creator', 'category']) expect(textsOf([item], field)).toEqual([asInertText(text)]);
      expect(textsOf([item], 'media:description')).toEqual([text]);
      expect(textsOf(doc, 'title')[0]).toBe(asInertText(xmlSafe(input.title)));
    }
  });

  it('Atom: well-formed, no injected element, every field reads back', () => {
    const doc = parseXml(buildAtom(siteFeedInput(site, [article], '/atom.xml')));
    expect(namesIn(doc)).toEqual(['author', 'category', 'entry', 'feed', 'id', 'link', 'name', 'published', 'subtitle', 'summary',
      'title', 'updated', 'uri'].sort());
    const entry = allElements(doc).find((e) => e.name === 'entry')!;
    expect(textsOf([entry], 'title')).toEqual([text]);
    expect(textsOf([entry], 'summary')).toEqual([text]);
    expect(textsOf([entry], 'name')).toEqual([text]);
    expect(allElements([entry]).find((e) => e.name === 'category')?.attrs.label.replace(/\s/g, ' ')).toBe(text.replace(/\s/g, ' '));
    expect(textsOf(doc, 'subtitle')).toEqual([text]);
  });

  it('JSON Feed: parses back to the exact strings', () => {
    const feed = JSON.parse(buildJsonFeed(siteFeedInput(site, [article], '/feed.json')));
    expect(feed.title).toBe(payload);
    expect(feed.items[0]).toMatchObject({ title: payload, summary: payload, authors: [{ name: payload }], tags: [payload] });
  });

  it('sitemaps and OpenSearch: well-formed, no injected element, names and captions read back', () => {
    const news = parseXml(newsSitemap({ site, articles: [article], now: NOW }));
    expect(textsOf(news, 'news:title')).toEqual([text]);
    expect(textsOf(news, 'news:name')).toEqual([text]);
    expect(namesIn(news)).toEqual(['loc', 'news:language', 'news:name', 'news:news', 'news:publication', 'news:publication_date',
      'news:title', 'url', 'urlset'].sort());
    const images = parseXml(urlSet([{ loc: 'https://news.example/news/story', images: [{ loc: 'https://news.example/images/hero.png', title: payload, caption: payload }] }]));
    expect(textsOf(images, 'image:title')).toEqual([text]);
    expect(textsOf(images, 'image:caption')).toEqual([text]);
    expect(namesIn(images)).toEqual(['image:caption', 'image:image', 'image:loc', 'image:title', 'loc', 'url', 'urlset'].sort());
    const search = parseXml(openSearchDescription(site));
    expect(textsOf(search, 'Description')).toEqual([xmlSafe(`Search ${payload}`)]);
  });
});

type Element = DefaultTreeAdapterMap['element'];
const elementsOf = (node: DefaultTreeAdapterMap['node']): Element[] =>
  ('childNodes' in node ? node.childNodes.flatMap(elementsOf) : []).concat('tagName' in node ? [node] : []);
const textOf = (node: DefaultTreeAdapterMap['node']): string =>
  'value' in node && node.nodeName === '#text' ? node.value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';

describe.each(cases)('JSON-LD keeps %s inside its script', (_name, payload) => {
  const { site, article, section } = hostile(payload);
  const documents = [
    newsArticleJsonLd(site, article),
    breadcrumbJsonLd(site, sectionCrumbs(section, article)),
    collectionPageJsonLd(site, { name: payload, path: '/news', description: payload, articles: [article] }),
    webSiteJsonLd(site),
  ];

  it('serialises without anything that ends or comments out a script, and parses back unchanged', () => {
    for (const data of documents) {
      const json = serializeJsonLd(data);
      expect(json).not.toMatch(/<\/script|<!--|<script|-->|[<>&\u2028\u2029]/i);
      expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(data)));
    }
    const parsed = JSON.parse(serializeJsonLd(documents[0]));
    expect([parsed.headline, parsed.description, parsed.author[0].name, parsed.keywords[0], parsed.articleSection, parsed.correction[0].text])
      .toEqual(Array(6).fill(payload));
  });

  it('renders as exactly one script element that a browser reads back to the same data', () => {
    const markup = renderToStaticMarkup(createElement(JsonLd, { data: documents }));
    const page = parse(`<!DOCTYPE html><html><head>${markup}</head><body></body></html>`);
    const added = elementsOf(page).filter((e) => !['html', 'head', 'body'].includes(e.tagName));
    expect(added.map((e) => e.tagName)).toEqual(['script']);
    expect(JSON.parse(textOf(added[0]))).toEqual(JSON.parse(JSON.stringify(documents)));
  });
});

describe.each(cases)('corrections and updates keep %s as text', (_name, payload) => {
  it('at the foot of the article: only the boxes\' own elements, each text read back', () => {
    const { site, article } = hostile(payload);
    const markup = renderToStaticMarkup(createElement(ArticleNotes, { article, locale: site.language, timeZone: site.timezone }));
    const added = elementsOf(parseFragment(markup) as unknown as DefaultTreeAdapterMap['node']);
    expect([...new Set(added.map((e) => e.tagName))].sort()).toEqual(['div', 'h2', 'p', 'section', 'strong', 'time']);
    // What a browser reads back from the same text in any element (NUL, for one, is dropped by the parser).
    const asRead = textOf(parseFragment(renderToStaticMarkup(createElement('p', null, payload))) as unknown as DefaultTreeAdapterMap['node']);
    expect(added.filter((e) => e.attrs.some((a) => a.name === 'class' && a.value === 'article-note__text')).map(textOf)).toEqual([asRead, asRead]);
  });
});

describe.each(cases)('search highlighting keeps %s as text', (_name, payload) => {
  const terms = ['alert', 'xss', 'script', 'img', 'javascript', 'onerror'];

  it('marks words and escapes the rest: only <mark> elements, the text unchanged', () => {
    const excerpt = snippet(`${'Lead words here. '.repeat(30)}${payload}`, terms, 120);
    for (const text of [payload, ...(excerpt ? [excerpt] : [])]) {
      const segments = highlight(text, terms);
      expect(segments.map((s) => s.text).join('')).toBe(text);
      const fragment = parseFragment(renderToStaticMarkup(createElement(Highlighted, { segments })));
      expect(new Set(elementsOf(fragment).map((e) => e.tagName))).toEqual(new Set(segments.some((s) => s.mark) ? ['mark'] : []));
      // The HTML parser drops NUL characters from text, as browsers do.
      expect(textOf(fragment)).toBe(text.replace(/\0/g, ''));
    }
  });
});
