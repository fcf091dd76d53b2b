import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { buildCatalog } from '@/lib/content/catalog';
import { buildAtom, buildJsonFeed, buildRss, sectionFeedInput, siteFeedInput } from '@/lib/seo/feeds';
import type { Site } from '@/lib/site';
import { XSS_VECTORS } from '../fixtures/xss-vectors';
import { record } from '../helpers/records';
import { allElements, parseXml, xmlSafe, type XmlElement } from '../helpers/xml-tree';

// Feeds are read by feed readers, not browsers: a reader decodes the XML, then renders the fields it takes
// for HTML (RSS descriptions always, RSS titles in many readers, Atom text constructs of type html).

type Node = DefaultTreeAdapterMap['node'];
const elementsOf = (node: Node): string[] =>
  ('childNodes' in node ? node.childNodes.flatMap(elementsOf) : []).concat('tagName' in node ? [node.tagName] : []);
const textOf = (node: Node): string =>
  'value' in node && node.nodeName === '#text' ? node.value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';

/** What a reader shows of a field it renders as HTML: the elements it would create and the text. */
function asReaderRendersHtml(decoded: string) {
  const fragment = parseFragment(decoded);
  return { elements: elementsOf(fragment), text: textOf(fragment) };
}

// What survives into the feed (XML drops control characters) and then the HTML parser (NULs, CR line ends).
const shown = (payload: string) => xmlSafe(payload).replace(/\0/g, '').replace(/\r\n?/g, '\n');

const NOW = new Date('2026-03-10T12:00:00Z');

function hostile(payload: string) {
  const site: Site = { name: payload, description: payload, language: 'en-GB', timezone: 'Europe/London', url: 'https://news.example' };
  const catalog = buildCatalog({
    records: [record({
      slug: 'story', title: payload, summary: payload, tags: [payload], authorRefs: [payload], sectionSlug: 'news', sectionName: payload,
      image: '/images/hero.png', imageAlt: payload, date: new Date(NOW.getTime() - 3_600_000),
    })],
    authors: [], sections: [], problems: [],
  });
  return { site, article: catalog.articles[0], section: catalog.sections[0] };
}

const RSS_HTML_FIELDS = ['title', 'description', 'dc:creator', 'category'];
const ATOM_TEXT_CONSTRUCTS = ['title', 'subtitle', 'summary', 'content', 'rights'];

describe.each(XSS_VECTORS.map((v) => [v.name, v.payload]))('a feed reader shows %s as text', (_name, payload) => {
  const { site, article, section } = hostile(payload);

  it('RSS: every field a reader may render as HTML creates no element; descriptions read back exactly', () => {
    for (const input of [siteFeedInput(site, [article], '/feed.xml'), sectionFeedInput(site, section, [article])]) {
      const fields = allElements(parseXml(buildRss(input))).filter((e) => RSS_HTML_FIELDS.includes(e.name));
      expect(fields.length).toBeGreaterThanOrEqual(6);
      for (const field of fields) {
        const rendered = asReaderRendersHtml(field.text);
        expect({ field: field.name, elements: rendered.elements }).toEqual({ field: field.name, elements: [] });
        if (field.name === 'description') {
          const expected = field === fields.find((f) => f.name === 'description') ? input.description : payload;
          expect(rendered.text).toBe(shown(expected ?? payload));
        }
      }
    }
  });

  it('Atom: every text construct is plain text (or HTML that creates no element)', () => {
    const constructs = allElements(parseXml(buildAtom(siteFeedInput(site, [article], '/atom.xml'))))
      .filter((e: XmlElement) => ATOM_TEXT_CONSTRUCTS.includes(e.name));
    expect(constructs.length).toBeGreaterThanOrEqual(3);
    for (const construct of constructs) {
      const type = construct.attrs.type ?? 'text';
      if (type === 'text') continue;
      expect(type).toBe('html');
      expect(asReaderRendersHtml(construct.text).elements).toEqual([]);
    }
  });

  it('JSON Feed: no HTML field, or one that creates no element', () => {
    const feed = JSON.parse(buildJsonFeed(siteFeedInput(site, [article], '/feed.json')));
    for (const item of feed.items) {
      if (item.content_html !== undefined) expect(asReaderRendersHtml(item.content_html).elements).toEqual([]);
      expect(item.content_text).toBe(payload);
    }
  });
});
