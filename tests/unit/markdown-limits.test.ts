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
];

describe('limits on what one body may cost to render', () => {
  it.each(BOMBS)('shows a notice in place of %s, measured in one linear pass', (_name, body) => {
    const started = performance.now();
    const html = renderMarkdown(body);
    expect(html).toBe(OVERSIZED_BODY_NOTICE);
    expect(performance.now() - started).toBeLessThan(1000);
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
