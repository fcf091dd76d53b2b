import { tokenize } from '../content/terms';

/** A run of text, marked when it is a word the search matched. Text stays text: the page escapes it. */
export interface Segment {
  text: string;
  mark: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

const matches = (word: string, terms: ReadonlySet<string>) => tokenize(word).some((t) => terms.has(t));

/** Splits `text` into plain and marked runs: a word is marked when its folded form is one of `terms`. */
export function highlight(text: string, terms: Iterable<string>): Segment[] {
  const wanted = new Set(terms);
  const segments: Segment[] = [];
  let last = 0;
  if (wanted.size) {
    for (const m of text.matchAll(WORD)) {
      if (!matches(m[0], wanted)) continue;
      if (m.index > last) segments.push({ text: text.slice(last, m.index), mark: false });
      segments.push({ text: m[0], mark: true });
      last = m.index + m[0].length;
    }
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}

/**
 * An excerpt of about `length` characters around the first matched word of `text`, cut at word
 * boundaries with an ellipsis; undefined when no word matches.
 */
export function snippet(text: string, terms: Iterable<string>, length = 220): string | undefined {
  const wanted = new Set(terms);
  let at = -1;
  for (const m of text.matchAll(WORD)) {
    if (matches(m[0], wanted)) {
      at = m.index;
      break;
    }
  }
  if (at < 0) return undefined;
  let start = Math.max(0, at - Math.floor(length / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < at ? space + 1 : at;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > at) end = space;
  }
  return `${start > 0 ? '… ' : ''}${text.slice(start, end).trim()}${end < text.length ? ' …' : ''}`;
}
