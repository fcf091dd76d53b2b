/** Bodies longer than this are not rendered: about 40,000 words, ten times a long read. */
export const MAX_BODY_BYTES = 256 * 1024;
/** Table cells in one body (columns × rows, all tables): the Markdown pipeline's cost grows with each. */
export const MAX_TABLE_CELLS = 20_000;
/** Footnote references and definitions in one body: their handling grows with the square of the count. */
export const MAX_FOOTNOTE_MARKS = 500;

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
 * Measures a Markdown body in one linear pass, before any rendering: size, table cells and footnote marks.
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
  let marks = 0;
  for (let at = body.indexOf('[^'); at !== -1; at = body.indexOf('[^', at + 2)) {
    if (++marks > MAX_FOOTNOTE_MARKS) {
      return { line: body.slice(0, at).split('\n').length, message: `has over ${MAX_FOOTNOTE_MARKS} footnote marks: keep fewer footnotes` };
    }
  }
  return undefined;
}
