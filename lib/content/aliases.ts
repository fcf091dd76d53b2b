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

/** Maps alias keys to our keys and reshapes values whose form differs (first category, joined bylines). */
export function normaliseFrontMatter(raw: Record<string, unknown>): NormalisedFrontMatter {
  const data: Record<string, unknown> = {};
  const writtenAs: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    data[key] = value;
    writtenAs[key] = key;
  }
  for (const [native, aliases] of Object.entries(ALIASES)) {
    if (raw[native] !== undefined) continue;
    const alias = aliases.find((a) => raw[a] !== undefined);
    if (!alias) continue;
    let value = raw[alias];
    if (native === 'section' && Array.isArray(value)) value = value[0];
    if (native === 'authors' && typeof value === 'string') value = splitNames(value);
    data[native] = value;
    writtenAs[native] = alias;
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
