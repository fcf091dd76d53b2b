// Next's own page cache (memory, as configured) with one addition: each cached page is stored with a
// Content-Security-Policy that allows exactly the inline scripts Next wrote into it, by their SHA-256 hashes.
import { createHash } from 'node:crypto';
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { parse } from 'parse5';
import { ImageMemoryCache } from './image-memory-cache.mjs';
import { hashPolicy } from './security-policy.mjs';

// Next's default handler; an internal module, so next is pinned to an exact version (package.json) and
// tests/integration/security-headers.test.ts fails if a cached page stops carrying the policy.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

// The inline scripts Next writes: a call that hands over one JSON value. Anything else inline, such as a script
// that slipped into an article body past the sanitizer, is left out of the policy, so it does not run.
const NEXT_SCRIPTS = [
  ['(self.__next_f=self.__next_f||[]).push(', ')'],
  ['self.__next_f.push(', ')'],
  ['(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(', ');'],
];

function isNextScript(body) {
  return NEXT_SCRIPTS.some(([start, end]) => {
    if (!body.startsWith(start) || !body.endsWith(end)) return false;
    try {
      const value = JSON.parse(body.slice(start.length, body.length - end.length));
      return typeof value === 'object' && value !== null;
    } catch {
      return false; // More than one JSON value: code was added to the call.
    }
  });
}

/** True when the page has an ad box for the ad server to fill. */
function hasAdSlots(document) {
  for (const element of elementsOf(document)) if (element.attrs?.some(({ name }) => name === 'data-ad-unit')) return true;
  return false;
}

/** Every element of a parsed page, <template> contents included (a regex is misled by tags in attributes or comments). */
function* elementsOf(node) {
  if (node.tagName) yield node;
  for (const child of node.childNodes ?? []) yield* elementsOf(child);
  if (node.content) yield* elementsOf(node.content); // A <template>'s children live in its content.
}

/** The CSP sources of a parsed page's inline Next scripts (see `inlineScriptHashes`). */
function scriptHashesOf(document) {
  const hashes = new Set();
  for (const script of elementsOf(document)) {
    if (script.nodeName !== 'script' || script.attrs.some(({ name }) => name === 'src' || name === 'type')) continue;
    const body = script.childNodes.map((text) => text.value ?? '').join('');
    if (!isNextScript(body)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * The CSP sources (`'sha256-…'`) of the inline scripts Next wrote into a page: its bootstrap and the page's
 * data. Scripts with `src` load under `'self'`; JSON-LD and other data blocks are not governed by a policy.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  return scriptHashesOf(parse(html));
}

/** The site paths a parsed page links to (`<a href="/...">`), which tell which articles it shows. */
function linkedPathsOf(document) {
  const paths = new Set();
  for (const element of elementsOf(document)) {
    if (element.nodeName !== 'a') continue;
    const href = element.attrs.find(({ name }) => name === 'href')?.value;
    if (href?.startsWith('/') && !href.startsWith('//')) paths.add(href);
  }
  return [...paths];
}

/**
 * The page path a cache key is for. Next 16.4 keys pages as `/route-cache/APP_PAGE/<route hash>/$<path>`
 * (next/dist/server/lib/route-cache-key.js); older versions used the path itself.
 * @param {string} key
 */
export function pathOfCacheKey(key) {
  const at = key.indexOf('/$/');
  return at >= 0 ? key.slice(at + 2) : key;
}

// Registered by lib/content/page-freshness.ts at start-up (instrumentation.ts); absent during the build.
const PAGE_FRESHNESS_KEY = Symbol.for('northgate-courier.page-freshness');
/** What each cached page was rendered from (a PageStamp), by the stored page object (so it goes when the page goes). */
const stamps = new WeakMap();
// Next's file-system handler refuses image entries, so optimized pictures (images.customCacheHandler) live here.
const images = new ImageMemoryCache();

/**
 * The page cache Next is configured with (next.config.mjs `cacheHandler`). Pages revalidate every second
 * (`revalidate = 1`) so that a saved file shows at once; a page none of whose articles and lists changed
 * since it was rendered is handed back as fresh instead, so a hot page is not re-rendered for nothing.
 * Optimized pictures are kept in a memory store of their own with a byte budget.
 */
export default class ScriptHashCache extends FileSystemCache {
  /** Stores a rendered page together with the policy that lets Next's inline scripts, and no others, run. */
  async set(key, data, ctx) {
    if (ctx?.kind === 'IMAGE') return images.set(key, data);
    if (data?.kind === 'APP_PAGE' && typeof data.html === 'string') {
      const document = parse(data.html);
      const stamp = await globalThis[PAGE_FRESHNESS_KEY]?.stamp(pathOfCacheKey(key), linkedPathsOf(document)).catch(() => undefined);
      // GPT's origin only for a page that shows its slots, as the settings it was rendered with say (not its HTML).
      data.headers = { ...data.headers, 'content-security-policy': hashPolicy(scriptHashesOf(document), Boolean(stamp?.adServer && hasAdSlots(document))) };
      if (stamp) stamps.set(data, stamp);
    }
    return super.set(key, data, ctx);
  }

  /** A cached page, marked as just checked when nothing it shows has changed since it was rendered. */
  async get(key, ctx) {
    if (ctx?.kind === 'IMAGE') return images.get(key);
    const entry = await super.get(key, ctx);
    const stamp = entry?.value ? stamps.get(entry.value) : undefined;
    const source = globalThis[PAGE_FRESHNESS_KEY];
    if (!stamp || !source) return entry;
    // A content folder that cannot be read now leaves the page to Next's usual revalidation.
    const fresh = await source.isFresh(stamp).catch(() => false);
    return fresh ? { ...entry, lastModified: Date.now() } : entry;
  }
}
