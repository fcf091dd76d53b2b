import { renderMarkdown, OVERSIZED_BODY_NOTICE } from '@/lib/content/markdown';
import { markdownLimitExcess, MAX_BODY_BYTES } from '@/lib/content/markdown-limits';
import { parseArticle } from '@/lib/content/parse-article';
import { formatProblem } from '@/lib/content/problems';

// Bodies shaped to cost the Markdown pipeline far more than their size: each took seconds to minutes before the limits.
const BOMBS: [string, string][] = [
  ['a 2,000-column table over a million one-cell lines', `|${'a|'.repeat(2000)}\n|${'-|'.repeat(2000)}\n${'x\n'.repeat(1_000_000)}`],
  ['a 200-column table over 5,000 lines', `|${'a|'.repeat(200)}\n|${'-|'.repeat(200)}\n${'x\n'.repeat(5000)}`],
  ['5,000 footnotes', `${Array.from({ length: 5000 }, (_, i) => `t[^${i}]`).join(' ')}\n\n${Array.from({ length: 5000 }, (_, i) => `[^${i}]: n`).join('\n')}`],
  ['a 1 MB paragraph', 'word '.repeat(200_000)],
  ['2,000 list items holding lists', '- a\n  - b\n'.repeat(1000)],
  ['64 KB of unmatched emphasis in one paragraph', 'a* '.repeat(21_000)],
  ['120 KB of nested emphasis, which would render to over 300 KB of HTML', `${'*a **b *c **d** c* b** a* '.repeat(20)}\n\n`.repeat(235)],
];

describe('limits on what one body may cost to render', () => {
  it.each(BOMBS)('shows a notice in place of %s', (_name, body) => {
    expect(renderMarkdown(body)).toBe(OVERSIZED_BODY_NOTICE);
  });

  it.each(BOMBS.slice(0, -1))('finds %s over a limit in linear passes, before rendering', (_name, body) => {
    expect(markdownLimitExcess(body)).toBeDefined();
  });

  it('leaves emphasis in code blocks uncounted: snake_case there costs nothing', () => {
    const code = `\`\`\`\n${'snake_case_name = other_name_here\n'.repeat(600)}\`\`\`\n`;
    expect(markdownLimitExcess(code)).toBeUndefined();
    expect(markdownLimitExcess(code.replace(/```/g, ''))).toMatchObject({ line: 2, message: expect.stringContaining('* or _ marks') });
  });

  it('renders a long ordinary story and a real data table in full', () => {
    const table = `| Ward | Votes | Share |\n|---|--:|--:|\n${Array.from({ length: 300 }, (_, i) => `| Ward ${i} | ${i * 7} | ${i % 100}% |`).join('\n')}`;
    const story = `${'A paragraph of news prose with [a link](https://example.org) and a note[^1].\n\n'.repeat(400)}${table}\n\n[^1]: The note.`;
    expect(Buffer.byteLength(story)).toBeLessThan(MAX_BODY_BYTES);
    expect(markdownLimitExcess(story)).toBeUndefined();
    const html = renderMarkdown(story);
    expect(html).toContain('<td>Ward 299</td>');
    expect(html).not.toContain('body-notice');
  });

  it('names the file and the line where the excess starts, and the article still publishes', () => {
    const raw = `---\ntitle: Results\ndate: 2025-01-01\nsection: News\nsummary: S.\n---\nIntro.\n\n|${'a|'.repeat(300)}\n|${'-|'.repeat(300)}\n${'x\n'.repeat(100)}`;
    const { record, problems } = parseArticle('articles/news/2025-01-01-results.md', raw, { timeZone: 'UTC' });
    expect(record?.slug).toBe('results');
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^articles\/news\/2025-01-01-results\.md:9 body: tables hold over 20,000 cells \(this one has 300 columns\).*readers see a notice/),
    ]);
  });
});
