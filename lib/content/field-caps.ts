/** The longest text each front-matter field keeps, in characters (code points); longer text is cut with a warning. */
export const FIELD_CAPS = { title: 300, summary: 1000, imageAlt: 1000, imageCaption: 1000, imageCredit: 300 } as const;
/** At most this many tags, each at most MAX_TAG_LENGTH characters; at most MAX_AUTHORS bylines. */
export const MAX_TAGS = 30;
/** The longest tag kept. */
export const MAX_TAG_LENGTH = 60;
/** The most bylines kept. */
export const MAX_AUTHORS = 20;

type CappedText = keyof typeof FIELD_CAPS;
interface Capped { title: string; summary?: string; imageAlt?: string; imageCaption?: string; imageCredit?: string; tags: string[]; authors: string[] }

const cut = (text: string, max: number) => {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('').trimEnd()}…` : text;
};

/**
 * Caps the length of every text field and the number of tags and bylines, so one file cannot make every page,
 * feed and index that shows it enormous. The article still publishes; `warn` names each cut field.
 */
export function capFields<T extends Capped>(fields: T, warn: (field: string, message: string) => void): T {
  const capped = { ...fields };
  for (const field of Object.keys(FIELD_CAPS) as CappedText[]) {
    const value = capped[field];
    const max = FIELD_CAPS[field];
    if (typeof value === 'string' && [...value].length > max) {
      warn(field, `is ${[...value].length} characters, over the ${max} kept: it is cut; shorten it`);
      (capped as Record<CappedText, string | undefined>)[field] = cut(value, max);
    }
  }
  const longTags = capped.tags.filter((tag) => [...tag].length > MAX_TAG_LENGTH);
  if (longTags.length) warn('tags', `${longTags.length} tag(s) over ${MAX_TAG_LENGTH} characters left out: a tag is a short topic name`);
  const tags = capped.tags.filter((tag) => [...tag].length <= MAX_TAG_LENGTH);
  if (tags.length > MAX_TAGS) warn('tags', `${tags.length} tags; the first ${MAX_TAGS} are kept: choose the few that matter`);
  capped.tags = tags.slice(0, MAX_TAGS);
  if (capped.authors.length > MAX_AUTHORS) {
    warn('authors', `${capped.authors.length} bylines; the first ${MAX_AUTHORS} are kept: credit the rest in the body`);
    capped.authors = capped.authors.slice(0, MAX_AUTHORS);
  }
  return capped;
}
