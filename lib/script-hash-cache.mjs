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

/** Every script element of a page as a browser parses it: a regex is misled by `<script>` in an attribute or comment. */
function* scriptsOf(node) {
  if (node.nodeName === 'script') yield node;
  for (const child of node.childNodes ?? []) yield* scriptsOf(child);
  if (node.content) yield* scriptsOf(node.content); // A <template>'s children live in its content.
}

/**
 * The CSP sources (`'sha256-…'`) of the inline scripts Next wrote into a page: its bootstrap and the page's
 * data. Scripts with `src` load under `'self'`; JSON-LD and other data blocks are not governed by a policy.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const script of scriptsOf(parse(html))) {
    if (script.attrs.some(({ name }) => name === 'src' || name === 'type')) continue;
    const body = script.childNodes.map((text) => text.value ?? '').join('');
    if (!isNextScript(body)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

// Registered by lib/content/site-version.ts at start-up (instrumentation.ts); absent during the build.
const SITE_VERSION_KEY = Symbol.for('northgate-courier.site-version');
/** The site version each cached page was rendered from, by the stored page object (so it goes when the page goes). */
const renderedFrom = new WeakMap();
// Next's file-system handler refuses image entries, so optimized pictures (images.customCacheHandler) live here.
const images = new ImageMemoryCache();

/**
 * The page cache Next is configured with (next.config.mjs `cacheHandler`). Pages revalidate every second
 * (`revalidate = 1`) so that a saved file shows at once; a page whose site version has not changed since
 * it was rendered is handed back as fresh instead, so a hot page is not re-rendered each second for nothing.
 * Optimized pictures are kept in a memory store of their own with a byte budget.
 */
export default class ScriptHashCache extends FileSystemCache {
  /** Stores a rendered page together with the policy that lets Next's inline scripts, and no others, run. */
  async set(key, data, ctx) {
    if (ctx?.kind === 'IMAGE') return images.set(key, data);
    if (data?.kind === 'APP_PAGE' && typeof data.html === 'string') {
      data.headers = { ...data.headers, 'content-security-policy': hashPolicy(inlineScriptHashes(data.html)) };
      const source = globalThis[SITE_VERSION_KEY];
      await source?.current().catch(() => undefined);
      const version = source?.settled();
      if (version) renderedFrom.set(data, version);
    }
    return super.set(key, data, ctx);
  }

  /** A cached page, marked as just checked when the site has not changed since it was rendered. */
  async get(key, ctx) {
    if (ctx?.kind === 'IMAGE') return images.get(key);
    const entry = await super.get(key, ctx);
    const rendered = entry?.value ? renderedFrom.get(entry.value) : undefined;
    const source = globalThis[SITE_VERSION_KEY];
    if (!rendered || !source) return entry;
    // A content folder that cannot be read now leaves the page to Next's usual revalidation.
    const current = await source.current().catch(() => undefined);
    return rendered === current ? { ...entry, lastModified: Date.now() } : entry;
  }
}
