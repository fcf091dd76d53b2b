import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { openSearchDescription } from '@/lib/seo/opensearch';
import type { Site } from '@/lib/site';

const site: Site = { name: 'The Daily & Weekly <Example> Courier', description: 'News', language: 'en-GB', timezone: 'UTC', url: 'https://news.example.com' };

describe('the OpenSearch description', () => {
  it('is valid XML naming the search URL template, with the name escaped and cut to 16 characters', () => {
    const xml = openSearchDescription(site);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml).OpenSearchDescription;
    expect(doc.xmlns).toBe('http://a9.com/-/spec/opensearch/1.1/');
    expect(doc.ShortName).toBe('The Daily & Week');
    expect(doc.Description).toBe('Search The Daily & Weekly <Example> Courier');
    expect(doc.InputEncoding).toBe('UTF-8');
    expect(doc.Url[0]).toMatchObject({ type: 'text/html', method: 'get', template: 'https://news.example.com/search?q={searchTerms}' });
    expect(doc.Url[1]).toMatchObject({ rel: 'self', template: 'https://news.example.com/opensearch.xml' });
  });
});
