// Content-Security-Policy of every response, shared by next.config.mjs (headers) and proxy.ts (search).

const COMMON = [
  "default-src 'self'",
  // Article bodies may show pictures from other sites; styles include the ones React writes inline.
  "img-src 'self' data: https:",
  "style-src 'self' 'unsafe-inline'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
];

/**
 * The policy of cached pages. Next writes each page's data into inline scripts, and a cached page is
 * one document for every reader, so no per-response nonce can be in it (README, Security). Script is
 * limited to this origin's files and those inline scripts: no other origin's script, no eval.
 */
export const CACHED_PAGE_POLICY = [...COMMON, "script-src 'self' 'unsafe-inline'"].join('; ');

/**
 * The policy of pages rendered for one request (search, which echoes what the reader typed): only
 * scripts carrying this response's nonce run. Next reads the nonce from the request's policy header.
 * @param {string} nonce base64, fresh for each response
 * @returns {string}
 */
export function noncePolicy(nonce) {
  return [...COMMON, `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`].join('; ');
}

/** Paths answered with `noncePolicy` by proxy.ts, excluded from the cached-page policy in next.config.mjs. */
export const NONCE_POLICY_PATH = '/search';
