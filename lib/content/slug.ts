const slugCache = new Map<string, string>();
const SLUG_CACHE_SIZE = 20_000;

/** Turns any name into a URL slug: lower case, accents folded, words joined by hyphens. */
export function slugify(text: string): string {
  // Tag and author names repeat across the archive: the index is rebuilt from them on every change.
  let slug = slugCache.get(text);
  if (slug === undefined) {
    if (slugCache.size >= SLUG_CACHE_SIZE) slugCache.clear();
    slugCache.set(text, (slug = slugOf(text)));
  }
  return slug;
}

function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const DATED_NAME = /^(\d{4}-\d{2}-\d{2})-(.+)$/;

/** Splits a file name like `2025-03-01-storm-hits.md` into its date prefix and slug. */
export function parseFileName(fileName: string): { slug: string; datePrefix?: string } {
  const base = fileName.replace(/\.(md|markdown)$/i, '');
  const dated = DATED_NAME.exec(base);
  if (dated) return { slug: slugify(dated[2]), datePrefix: dated[1] };
  return { slug: slugify(base) };
}

/** A slug as editors may write it: lower-case letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
