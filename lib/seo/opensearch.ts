import { absoluteUrl, type Site } from '../site';
import { xmlEscape } from './http';

/** The media type of an OpenSearch description. */
export const OPENSEARCH_TYPE = 'application/opensearchdescription+xml';

/** The path the description is served at, linked from every page's head. */
export const OPENSEARCH_PATH = '/opensearch.xml';

/**
 * The OpenSearch 1.1 description of the site search, so browsers can add the site as a search
 * engine. ShortName is cut to the spec's 16 characters.
 */
export function openSearchDescription(site: Site): string {
  const shortName = Array.from(site.name).slice(0, 16).join('').trim();
  const searchUrl = `${absoluteUrl(site, '/search')}?q={searchTerms}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">',
    `  <ShortName>${xmlEscape(shortName)}</ShortName>`,
    `  <Description>${xmlEscape(`Search ${site.name}`)}</Description>`,
    '  <InputEncoding>UTF-8</InputEncoding>',
    '  <OutputEncoding>UTF-8</OutputEncoding>',
    `  <Language>${xmlEscape(site.language)}</Language>`,
    `  <Image width="16" height="16" type="image/svg+xml">${xmlEscape(absoluteUrl(site, '/icon.svg'))}</Image>`,
    `  <Url type="text/html" method="get" template="${xmlEscape(searchUrl)}"/>`,
    `  <Url type="${OPENSEARCH_TYPE}" rel="self" template="${xmlEscape(absoluteUrl(site, OPENSEARCH_PATH))}"/>`,
    '</OpenSearchDescription>',
    '',
  ].join('\n');
}
