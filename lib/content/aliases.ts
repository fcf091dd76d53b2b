/**
 * Front-matter keys used by Hugo, Jekyll, Eleventy and Ghost exports, mapped to ours, so an existing
 * archive imports without rewriting. The first alias present wins; our own key always wins.
 */
const ALIASES: Record<string, string[]> = {
  date: ['publishDate', 'publishdate', 'published_at', 'pubDate'],
  section: ['category', 'categories'],
  summary: ['description', 'excerpt', 'deck', 'standfirst', 'custom_excerpt'],
  authors: ['author'],
  tags: ['topics', 'keywords'],
  updated: ['lastmod', 'modified', 'updated_at', 'last_modified_at'],
  expires: ['expiryDate', 'expirydate', 'expiry'],
  image: ['feature_image', 'cover_image', 'heroImage'],
  imageAlt: ['image_alt', 'feature_image_alt'],
  imageCaption: ['image_caption', 'feature_image_caption'],
  language: ['lang', 'locale'],
};

/** A front-matter record in our own key names, remembering which key each value was written under. */
export interface NormalisedFrontMatter {
  data: Record<string, unknown>;
  writtenAs: Record<string, string>;
}

/** Splits "A and B", "A, B" and "A & B" bylines into names. */
export function splitNames(value: string): string[] {
  // Trimming after the split: spaces around the separator in the regex would make it quadratic.
  return value.split(/,|;|&|\band\b/i).map((s) => s.trim()).filter(Boolean);
}

// Optional fields an export writes empty (`summary: ""`, `lastmod:`) mean "none": the next alias, or nothing, is read.
const OPTIONAL = new Set(['section', 'summary', 'authors', 'tags', 'updated', 'expires', 'image', 'imageAlt', 'imageCaption', 'imageCredit', 'slug', 'date', 'corrections', 'updates', 'breakingUntil', 'liveEnds', 'language', 'translationOf']);
const isBlank = (v: unknown) => v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

/** Bylines written as maps (`author: {name: Ann Lee, twitter: ann}`, Ghost's `authors: [{name, slug}]`) as names. */
function bylineNames(value: unknown): unknown {
  const nameOf = (v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? ((v as Record<string, unknown>).name ?? (v as Record<string, unknown>).slug) : v;
  if (Array.isArray(value)) return value.map(nameOf);
  const named = nameOf(value);
  return named === value ? value : [named];
}

/** Hugo's `url:` and Jekyll's `permalink:`, when they are a literal path: the old address, kept as an alias. */
function oldAddress(raw: Record<string, unknown>): string | undefined {
  const value = raw.url ?? raw.permalink;
  return typeof value === 'string' && /^\/[^\s{}:?#%]*$/.test(value.trim()) ? value.trim() : undefined;
}

/** Maps alias keys to our keys and reshapes values whose form differs (first category, joined bylines). */
export function normaliseFrontMatter(raw: Record<string, unknown>): NormalisedFrontMatter {
  const data: Record<string, unknown> = {};
  const writtenAs: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (OPTIONAL.has(key) && isBlank(value)) continue;
    data[key] = value;
    writtenAs[key] = key;
  }
  for (const [native, aliases] of Object.entries(ALIASES)) {
    if (data[native] !== undefined) continue;
    const alias = aliases.find((a) => raw[a] !== undefined && !isBlank(raw[a]));
    if (!alias) continue;
    let value = raw[alias];
    if (native === 'section' && Array.isArray(value)) value = value.find((v) => !isBlank(v));
    if (native === 'authors' && typeof value === 'string') value = splitNames(value);
    data[native] = value;
    writtenAs[native] = alias;
  }
  if (data.authors !== undefined) data.authors = bylineNames(data.authors);
  const old = oldAddress(raw);
  if (old && (data.aliases === undefined || Array.isArray(data.aliases) || typeof data.aliases === 'string')) {
    const listed = Array.isArray(data.aliases) ? data.aliases : typeof data.aliases === 'string' ? [data.aliases] : [];
    data.aliases = [...listed, old];
    if (!writtenAs.aliases) writtenAs.aliases = raw.url !== undefined ? 'url' : 'permalink';
  }
  if (raw.draft === undefined && raw.published === false) {
    data.draft = true;
    writtenAs.draft = 'published';
  }
  if (raw.draft === undefined && typeof raw.status === 'string') {
    data.draft = raw.status.toLowerCase() === 'draft';
    writtenAs.draft = 'status';
  }
  return { data, writtenAs };
}

const OUR_KEYS = ['title', 'date', 'section', 'summary', 'authors', 'tags', 'image', 'imageAlt', 'imageCaption', 'imageCredit',
  'updated', 'expires', 'draft', 'featured', 'slug', 'related', 'aliases', 'corrections', 'updates', 'breaking', 'breakingUntil', 'live', 'liveEnds', 'ads'];
const KNOWN = new Set([...OUR_KEYS, ...Object.values(ALIASES).flat(), 'published', 'status', 'url', 'permalink', 'images', 'type', 'tag']);

/** True when `a` becomes `b` by one edit (a letter added, dropped, changed, or two swapped), ignoring case. */
function oneEditApart(a: string, b: string): boolean {
  [a, b] = [a.toLowerCase(), b.toLowerCase()];
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Our field a key was probably meant to be (`titel`, `sumary`, `Tags`): unknown keys are ignored, as other tools'
 * keys must be, but a near miss of ours is worth a warning. Short keys and other tools' known keys never are.
 */
export function misspeltField(key: string): string | undefined {
  if (key.length < 4 || KNOWN.has(key)) return undefined;
  return OUR_KEYS.find((ours) => oneEditApart(key, ours));
}
