import { LineCounter, parseDocument, isMap, isScalar, isSeq } from 'yaml';

/** A Markdown file split into its YAML front-matter data and body, with line numbers for its keys. */
export interface SplitFile {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the file where a top-level front-matter key is written. */
  lineOf(key: string): number;
  /** 1-based line of entry `index` (from 0) of a top-level list, else the line of its key. */
  lineOfEntry(key: string, index: number): number;
  /** 1-based line of the opening `---` (1 unless blank lines come first). */
  openingLine: number;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** Top-level keys written twice or more: the last one is read, as Hugo's and Jekyll's parsers read it. */
  duplicates: { key: string; line: number; firstLine: number }[];
}

/** A front-matter problem found while splitting (bad YAML, no front-matter). */
export class FrontMatterError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
  }
}

/** Normalises text as editors' tools save it: no BOM, LF line ends. */
export function normaliseText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Splits a Markdown file into front-matter and body. Blank lines before the opening `---` are
 * allowed; YAML is read with the 1.2 core schema so dates stay text until the schema reads them.
 * The split is done here rather than by gray-matter, which evaluates `---js` front-matter as
 * JavaScript and scans comment lines with a regex that is quadratic in blank lines.
 */
export function splitFrontMatter(raw: string): SplitFile {
  const text = normaliseText(raw);
  const leading = /^(?:[ \t]*\n)*/.exec(text)?.[0] ?? '';
  const openingLine = leading.split('\n').length;
  const rest = text.slice(leading.length);
  if (!rest.startsWith('---')) {
    throw new FrontMatterError('no front-matter: start the file with a line `---`, the YAML fields, then `---`', openingLine);
  }
  if (!/^---[ \t]*(?:\n|$)/.test(rest)) {
    throw new FrontMatterError('the opening line must be `---` alone: front-matter is YAML (`---js` and other languages are not read)', openingLine);
  }
  const close = rest.indexOf('\n---', 3);
  if (close < 0) {
    throw new FrontMatterError('front-matter is not closed: add a line `---` after the last field', openingLine);
  }
  const source = rest.slice(3, close);
  const lineCounter = new LineCounter();
  const parsedYaml = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const first = parsedYaml.errors[0];
  if (first) {
    const line = openingLine + lineCounter.linePos(first.pos[0]).line - 1;
    throw new FrontMatterError(`invalid YAML: ${first.message.split('\n')[0]}`, line);
  }
  let data: unknown;
  try {
    data = parsedYaml.toJS() ?? {};
  } catch (err) {
    // toJS refuses alias expansions that would blow up (a "billion laughs" file).
    throw new FrontMatterError(`invalid YAML: ${err instanceof Error ? err.message : String(err)}`, openingLine);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new FrontMatterError('front-matter must be a list of `key: value` fields', openingLine + 1);
  }
  const keyLines = new Map<string, number>();
  const entryLines = new Map<string, number[]>();
  const duplicates: SplitFile['duplicates'] = [];
  const contents = parsedYaml.contents;
  if (isMap(contents)) {
    for (const pair of contents.items) {
      if (isScalar(pair.key) && pair.key.range) {
        const key = String(pair.key.value);
        const line = openingLine + lineCounter.linePos(pair.key.range[0]).line - 1;
        const firstLine = keyLines.get(key);
        if (firstLine !== undefined) duplicates.push({ key, line, firstLine });
        keyLines.set(key, line);
        if (isSeq(pair.value)) {
          entryLines.set(key, pair.value.items.map((item) => {
            const start = (item as { range?: [number, number, number] } | null)?.range?.[0];
            return start === undefined ? line : openingLine + lineCounter.linePos(start).line - 1;
          }));
        }
      }
    }
  }
  const frontLines = (source.match(/\n/g)?.length ?? 0);
  const bodyLine = openingLine + frontLines + 2;
  // As gray-matter did: the line end after the closing `---` is dropped, and then one blank line.
  const content = rest.slice(close + 4).replace(/^\n/, '');
  return {
    data: data as Record<string, unknown>,
    body: content.replace(/^\n/, ''),
    lineOf: (key) => keyLines.get(key) ?? openingLine,
    lineOfEntry: (key, index) => entryLines.get(key)?.[index] ?? keyLines.get(key) ?? openingLine,
    openingLine,
    bodyLine,
    duplicates,
  };
}
