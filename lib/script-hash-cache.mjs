// Next's own page cache (memory, as configured) with one addition: each cached page is stored with a
// Content-Security-Policy that allows exactly the inline scripts in it, by their SHA-256 hashes.
import { createHash } from 'node:crypto';
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { hashPolicy } from './security-policy.mjs';

// Next's default handler; an internal module, so next is pinned to an exact version (package.json) and
// tests/integration/newsroom.test.ts fails if a cached page stops carrying the policy.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const NOT_EXECUTED = /\btype\s*=\s*["']?application\/(?:ld\+)?json/i;

/**
 * The CSP sources (`'sha256-…'`) of the inline scripts a page runs: Next's bootstrap and the page's data.
 * Scripts with `src` load under `'self'`, and JSON-LD is data, which a policy does not govern.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes) || NOT_EXECUTED.test(attributes)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/** The page cache Next is configured with (next.config.mjs `cacheHandler`). */
export default class ScriptHashCache extends FileSystemCache {
  /** Stores a rendered page together with the policy that lets its inline scripts, and no others, run. */
  async set(key, data, ctx) {
    if (data?.kind === 'APP_PAGE' && typeof data.html === 'string') {
      data.headers = { ...data.headers, 'content-security-policy': hashPolicy(inlineScriptHashes(data.html)) };
    }
    return super.set(key, data, ctx);
  }
}
