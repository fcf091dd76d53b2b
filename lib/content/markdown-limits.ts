/**
 * Bodies longer than this are not rendered: about 20,000 words, four times a long read. The page around a body
 * carries it twice (as HTML and in the data React hydrates from), and assembling a page of a megabyte holds the
 * server's main thread for about a quarter of a second.
 */
export const MAX_BODY_BYTES = 128 * 1024;
/** Rendered HTML longer than this is not shown (markup-dense Markdown, like nested emphasis, expands about 3×). */
export const MAX_BODY_HTML_BYTES = 300 * 1024;
/** Table cells in one body (columns × rows, all tables): the Markdown pipeline's cost grows with each. */
export const MAX_TABLE_CELLS = 20_000;
/** Footnote references and definitions in one body: their handling grows with the square of the count. */
export const MAX_FOOTNOTE_MARKS = 500;
/**
 * List items in one body. Parsing a list whose items hold lists grows with the square of its items: 1,000
 * took 0.3 s, 2,000 took 1 s and 8,000 (55 KB) took 17 s.
 */
export const MAX_LIST_ITEMS = 1_000;

/**
 * Emphasis marks (`*`, `_`) in one paragraph: pairing them grows with the square of their count, so 64 KB of
 * `a* ` in one paragraph took 4 s. Split into paragraphs, the same text takes a tenth of that.
 */
export const MAX_EMPHASIS_MARKS_PER_PARAGRAPH = 2_000;

// A list item's marker at the start of a line, inside any quotes and indentation: `- `, `* `, `+ `, `12. `, `3) `.
const LIST_ITEM = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/** Why a body is over a limit, and the line of the body where the excess starts (1-based). */
export interface LimitExcess {
  line: number;
  message: string;
}

const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** Cells of a GFM delimiter row (`|---|:-:|`), or 0 when the line is not one. */
function delimiterColumns(line: string): number {
  if (!line.includes('-') || !line.includes('|') || line.length > 10_000 || !DELIMITER_ROW.test(line)) return 0;
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').length;
}

/**
 * Measures a Markdown body in linear passes, before any rendering: size, table cells, list items and footnote marks.
 * Returns the first limit it exceeds, or undefined. A table of 2,000 columns over a million one-cell lines
 * expands to billions of cells in the pipeline; here it costs one look at each line.
 */
export function markdownLimitExcess(body: string): LimitExcess | undefined {
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > MAX_BODY_BYTES) {
    return { line: 1, message: `is ${Math.round(bytes / 1024)} KB, over the ${MAX_BODY_BYTES / 1024} KB limit: split the story into parts` };
  }
  const lines = body.split('\n');
  let cells = 0;
  for (let i = 1; i < lines.length; i++) {
    const columns = delimiterColumns(lines[i]);
    if (!columns) continue;
    const start = i;
    while (i + 1 < lines.length && lines[i + 1].trim() !== '') i++;
    cells += columns * (i - start + 1);
    if (cells > MAX_TABLE_CELLS) {
      return { line: start, message: `tables hold over ${MAX_TABLE_CELLS.toLocaleString('en')} cells (this one has ${columns} columns): split the table or link to the data` };
    }
  }
  let items = 0;
  for (let i = 0; i < lines.length; i++) {
    if (LIST_ITEM.test(lines[i]) && ++items > MAX_LIST_ITEMS) {
      return { line: i + 1, message: `has over ${MAX_LIST_ITEMS.toLocaleString('en')} list items: split the list or link to the data` };
    }
  }
  let emphasis = 0;
  let paragraphStart = 0;
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    // Code blocks hold no emphasis: snake_case and globs there cost nothing.
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(lines[i])?.[1];
    if (fence ? opener?.startsWith(fence) : opener) fence = fence ? undefined : opener;
    if (fence || opener || lines[i].trim() === '') {
      emphasis = 0;
      paragraphStart = i + 1;
      continue;
    }
    for (const ch of lines[i]) if ((ch === '*' || ch === '_') && ++emphasis > MAX_EMPHASIS_MARKS_PER_PARAGRAPH) {
      return { line: paragraphStart + 1, message: `has a paragraph with over ${MAX_EMPHASIS_MARKS_PER_PARAGRAPH.toLocaleString('en')} * or _ marks: split it into paragraphs` };
    }
  }
  let marks = 0;
  for (let at = body.indexOf('[^'); at !== -1; at = body.indexOf('[^', at + 2)) {
    if (++marks > MAX_FOOTNOTE_MARKS) {
      return { line: body.slice(0, at).split('\n').length, message: `has over ${MAX_FOOTNOTE_MARKS} footnote marks: keep fewer footnotes` };
    }
  }
  return undefined;
}
