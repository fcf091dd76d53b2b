// What the largest bodies the limits let through cost to render (`npm run bench:markdown`): the shapes that cost most per byte.
import { performance } from 'node:perf_hooks';
import { renderMarkdown, OVERSIZED_BODY_NOTICE } from '../lib/content/markdown';
import { MAX_BODY_BYTES, MAX_BODY_HTML_BYTES, MAX_EMPHASIS_MARKS_PER_PARAGRAPH, MAX_FOOTNOTE_MARKS, MAX_LIST_ITEMS, MAX_TABLE_CELLS } from '../lib/content/markdown-limits';

const fill = (unit: string, bytes = MAX_BODY_BYTES - 1024) => unit.repeat(Math.floor(bytes / Buffer.byteLength(unit)));
const columns = 20;
const shapes: [string, string][] = [
  ['prose paragraphs', fill('A paragraph of news prose with [a link](https://example.org), *emphasis* and `code`.\n\n')],
  ['one long paragraph', fill('word ')],
  [`table at the cell limit (${columns} columns)`, `|${'h|'.repeat(columns)}\n|${'-|'.repeat(columns)}\n${`|${'cell|'.repeat(columns)}\n`.repeat(MAX_TABLE_CELLS / columns - 1)}`],
  [`footnotes at the limit`, `${Array.from({ length: MAX_FOOTNOTE_MARKS / 2 }, (_, i) => `t[^${i}]`).join(' ')}\n\n${Array.from({ length: MAX_FOOTNOTE_MARKS / 2 }, (_, i) => `[^${i}]: n`).join('\n')}`],
  ['nested lists at the item limit', '- a\n  - b\n    - c\n      - d\n'.repeat(MAX_LIST_ITEMS / 4)],
  ['nested lists over the item limit', fill('- a\n  - b\n    - c\n      - d\n')],
  ['nested quotes', fill('> > > > > > > > quote\n')],
  ['emphasis runs in paragraphs', fill(`${'*a **b *c **d** c* b** a* '.repeat(20)}\n\n`)],
  ['emphasis marks at the paragraph limit', `${'a* '.repeat(MAX_EMPHASIS_MARKS_PER_PARAGRAPH)}\n`],
  ['one paragraph over the emphasis limit', fill('*a **b *c **d** c* b** a* ')],
  ['links', fill('[x](https://example.org/a) ')],
  ['raw HTML', fill('<div><span>x</span></div>\n')],
  ['headings', fill('## Heading words here\n\n')],
];
console.log(`limits: ${MAX_BODY_BYTES / 1024} KB, ${MAX_TABLE_CELLS} table cells, ${MAX_LIST_ITEMS} list items, ` +
  `${MAX_EMPHASIS_MARKS_PER_PARAGRAPH} emphasis marks a paragraph, ${MAX_FOOTNOTE_MARKS} footnote marks, ${MAX_BODY_HTML_BYTES / 1024} KB of HTML`);
for (const [name, body] of shapes) {
  renderMarkdown(body.slice(0, 2000));
  const html = renderMarkdown(body);
  const times: number[] = [];
  let notice = false;
  for (let i = 0; i < 2; i++) {
    const t = performance.now();
    notice = renderMarkdown(body) === OVERSIZED_BODY_NOTICE;
    times.push(performance.now() - t);
  }
  const kb = Buffer.byteLength(body) / 1024;
  const out = notice ? '  (notice: over a limit)' : `  ${(html.length / 1024).toFixed(0)} KB of HTML`;
  console.log(`${name.padEnd(40)} ${kb.toFixed(0).padStart(4)} KB  ${Math.min(...times).toFixed(0).padStart(5)} ms${out}`);
}
