import { MAX_QUERY_LENGTH } from './limits';

/** The `/search` parameters a result page depends on, in the order the key holds them. */
const KEYS = ['q', 'section', 'from', 'to', 'sort', 'page'] as const;
// Room beyond the query limit, so the page can still say the query was cut; past it nothing changes.
const KEPT_QUERY_CHARS = MAX_QUERY_LENGTH + 50;
const KEPT_VALUE_CHARS = 40;

/**
 * The path segment naming one search: `<state>~<parameters>`, the parameters as base64url JSON. proxy.ts rewrites
 * `/search?…` to `/search-results/<key>`, so each search is a page Next caches: readers asking the same thing share
 * one render. `state` (lib/search/index-sync.ts `searchIndexState`) moves only while the index is first filled.
 */
export function searchPageKey(params: URLSearchParams, indexState: string): string {
  const values = KEYS.map((name) => Array.from(params.get(name) ?? '').slice(0, name === 'q' ? KEPT_QUERY_CHARS : KEPT_VALUE_CHARS).join(''));
  return `${indexState}~${Buffer.from(JSON.stringify(values)).toString('base64url')}`;
}

/** The parameters a key names (`searchPageKey`); an unreadable key reads as an empty search. */
export function searchParamsOfKey(key: string): Record<string, string> {
  try {
    const values: unknown = JSON.parse(Buffer.from(decodeURIComponent(key).split('~')[1] ?? '', 'base64url').toString('utf8'));
    if (!Array.isArray(values)) return {};
    return Object.fromEntries(KEYS.map((name, i) => [name, typeof values[i] === 'string' ? values[i] : '']).filter(([, v]) => v));
  } catch {
    return {};
  }
}
