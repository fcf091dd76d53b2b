// Which requests count as a reader's page view for "Most read". Only request headers are looked at, and nothing
// about the reader is kept: no cookie is set, no address or user agent stored, only a count per article per hour.

// Crawlers, link previewers, monitors, audit tools and HTTP libraries (the bench's and the server's own fetches).
const NOT_A_READER = /bot|crawl|spider|slurp|preview|facebookexternalhit|embedly|quora link|outbrain|pinterest|vkshare|w3c_validator|validator|lighthouse|pagespeed|headless|phantom|python|curl|wget|httpie|go-http|node-fetch|undici|axios|okhttp|java\/|libwww|httpclient|scrapy|feedfetcher|monitor|uptime|pingdom|statuscake|autocannon|\bwrk\b|apachebench|nginx/i;

/** A request's headers, as a `Headers` object gives them. */
export interface HeaderSource {
  get(name: string): string | null;
}

/**
 * True for a reader opening a page in a browser: a GET for an HTML document, from a browser's user agent, that is
 * not a prefetch or prerender, not Next revalidating its own cache, and not an editor's preview (draft mode).
 */
export function isReaderView(method: string, headers: HeaderSource, preview: boolean): boolean {
  if (method !== 'GET' || preview) return false;
  const agent = headers.get('user-agent') ?? '';
  if (!/^Mozilla\//.test(agent) || NOT_A_READER.test(agent)) return false;
  if (!(headers.get('accept') ?? '').includes('text/html')) return false;
  const dest = headers.get('sec-fetch-dest');
  if (dest && dest !== 'document') return false;
  const purpose = `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''} ${headers.get('x-purpose') ?? ''} ${headers.get('x-moz') ?? ''}`;
  if (/prefetch|prerender|preview/i.test(purpose)) return false;
  return !headers.get('next-router-prefetch') && !headers.get('rsc') && !headers.get('x-prerender-revalidate');
}
