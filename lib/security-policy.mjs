// Content-Security-Policy: the base every response carries (next.config.mjs), and the stricter policy a page
// adds: the hashes of its inline scripts when it is cached (lib/script-hash-cache.mjs), a fresh nonce when it
// is rendered per request (proxy.ts). A browser enforces every policy it is sent, so the stricter one rules.

// `next dev` runs React's development build, which evaluates code to rebuild stack traces.
const DEV_EVAL = process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : '';

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
 * The base policy, sent with every response. Its script rule allows inline script so that the stricter
 * policy a page adds decides which inline scripts run; on its own it still refuses other origins and eval.
 */
export const BASE_POLICY = [...COMMON, `script-src 'self' 'unsafe-inline'${DEV_EVAL}`].join('; ');

/**
 * The policy of files served from the content folder's images/ (next.config.mjs): an SVG may carry script,
 * and opened on its own it must run none, nor reach anything but its own styles and pictures.
 */
export const IMAGE_POLICY = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox";

/**
 * The policy a cached page is stored with (lib/script-hash-cache.mjs): its own inline scripts by hash,
 * this origin's script files, nothing else.
 * @param {string[]} hashes `'sha256-…'` sources
 * @returns {string}
 */
export function hashPolicy(hashes) {
  return [...COMMON, `script-src 'self' ${hashes.join(' ')}`.trim()].join('; ');
}
