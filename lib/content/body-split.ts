import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

const cuts = new Map<string, number[]>();
const CACHE_SIZE = 500;

/**
 * Where each top-level paragraph of a rendered body ends (character offsets). Cached by the HTML itself, the
 * render cache's own strings, so a last good version served in place of a broken one is never cut at the wrong place.
 */
function paragraphEnds(html: string): number[] {
  const known = cuts.get(html);
  if (known) return known;
  const fragment = parseFragment(html, { sourceCodeLocationInfo: true });
  const ends: number[] = [];
  for (const node of fragment.childNodes as DefaultTreeAdapterMap['element'][]) {
    // Only paragraphs of the body itself: a slot never goes inside a list, quote, table, figure or footnotes.
    if (node.nodeName === 'p' && node.sourceCodeLocation) ends.push(node.sourceCodeLocation.endOffset);
  }
  if (cuts.size >= CACHE_SIZE) cuts.delete(cuts.keys().next().value!);
  cuts.set(html, ends);
  return ends;
}

/**
 * The body cut after top-level paragraphs `after` (1-based, ascending), for slots between them: the pieces in order,
 * one more than the cuts made. A cut past the last paragraph, or after the very last block, is not made.
 */
export function splitBodyAfterParagraphs(html: string, after: number[]): { pieces: string[]; made: number[] } {
  const ends = paragraphEnds(html);
  const pieces: string[] = [];
  const made: number[] = [];
  let from = 0;
  for (const n of after) {
    const end = ends[n - 1];
    if (end === undefined || end <= from || html.slice(end).trim() === '') continue;
    pieces.push(html.slice(from, end));
    made.push(n);
    from = end;
  }
  pieces.push(html.slice(from));
  return { pieces, made };
}
