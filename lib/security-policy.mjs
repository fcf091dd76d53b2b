// Content-Security-Policy: the base every response carries (next.config.mjs), and the stricter policy a page
// adds: the hashes of its inline scripts when it is cached (lib/script-hash-cache.mjs), a fresh nonce when it
// is rendered per request (proxy.ts). A browser enforces every policy it is sent, so the stricter one rules.

// `next dev` runs React's development build, which evaluates code to rebuild stack traces.
const DEV_EVAL = process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : '';

/** Google Publisher Tag, the one ad server adapter (site.yml `ads.network`): its script, and the only origin it adds. */
export const GPT_SCRIPT_URL = 'https://securepubads.g.doubleclick.net/tag/js/gpt.js';
/** The origin a page with the GPT adapter on may load scripts from, request ads from and frame ads from. */
export const GPT_ORIGIN = new URL(GPT_SCRIPT_URL).origin;

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
export const BASE_POLICY = [
  ...COMMON,
  // Next sends this policy from its build, before any page's settings are read: it allows GPT's origin so that a page
  // whose own policy names it (ads on) can load it; a page whose policy does not (ads off, the default) cannot.
  `script-src 'self' 'unsafe-inline' ${GPT_ORIGIN}${DEV_EVAL}`,
  `connect-src 'self' ${GPT_ORIGIN}`,
  `frame-src 'self' ${GPT_ORIGIN}`,
].join('; ');

/**
 * The policy of the editors' desk (`/desk`): plain HTML forms with inline styles and the site's own pictures, no
 * script of any kind, forms posted only to the site itself.
 */
export const DESK_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/**
 * The policy of files served from the content folder's images/ (next.config.mjs): an SVG may carry script,
 * and opened on its own it must run none, nor reach anything but its own styles and pictures.
 */
export const IMAGE_POLICY = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox";

/**
 * The policy a cached page is stored with (lib/script-hash-cache.mjs): its own inline scripts by hash,
 * this origin's script files, and with `adServer` (the page shows GPT's slots) GPT's origin, nothing else.
 * @param {string[]} hashes `'sha256-…'` sources
 * @param {boolean} [adServer]
 * @returns {string}
 */
export function hashPolicy(hashes, adServer = false) {
  const gpt = adServer ? [`connect-src 'self' ${GPT_ORIGIN}`, `frame-src 'self' ${GPT_ORIGIN}`] : [];
  return [...COMMON, `script-src 'self'${adServer ? ` ${GPT_ORIGIN}` : ''} ${hashes.join(' ')}`.trim(), ...gpt].join('; ');
}
