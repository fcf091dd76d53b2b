/**
 * Caps on front-matter fields: past them a field is cut (or an entry dropped) with a warning, and the article still
 * publishes. They bound what one file can put on every page, feed and card that shows it; they are not a style
 * guide (the checker advises on headline length). Tag and byline lengths follow Ghost's 191-character tag names.
 */
export const FIELD_LIMITS = {
  /** Characters of a headline (lint.ts already advises about 110). */
  title: 300,
  /** Characters of the standfirst, the image's alt text, caption and credit. */
  summary: 1000,
  tags: 30,
  tagLength: 191,
  authors: 20,
  authorLength: 191,
  aliases: 50,
  /** Entries of `corrections:` and of `updates:`. */
  notes: 50,
} as const;

/** Where a limit was passed, for a warning on that field. */
export interface LimitNote {
  field: string;
  message: string;
}

const length = (text: string) => [...text].length;

/** The text cut to `max` characters at a word boundary when there is one nearby, with an ellipsis. */
export function truncateText(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Cuts one text field to its cap, noting it. */
export function capText(field: string, value: string | undefined, max: number, notes: LimitNote[]): string | undefined {
  if (value === undefined || length(value) <= max) return value;
  notes.push({ field, message: `is ${length(value)} characters, over the ${max} the site shows: cut to ${max}; shorten it` });
  return truncateText(value, max);
}

/** Drops entries over `maxLength` and keeps the first `maxCount`, noting each. */
export function capList(field: string, list: string[], maxCount: number, maxLength: number, notes: LimitNote[]): string[] {
  const fitting = list.filter((entry) => {
    if (length(entry) <= maxLength) return true;
    notes.push({ field, message: `"${truncateText(entry, 40)}" is ${length(entry)} characters, over ${maxLength}: it is left out; shorten it` });
    return false;
  });
  if (fitting.length <= maxCount) return fitting;
  notes.push({ field, message: `${fitting.length} entries, over the ${maxCount} the site keeps: the first ${maxCount} are used; remove the rest` });
  return fitting.slice(0, maxCount);
}
