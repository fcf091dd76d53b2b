import { parseArticle } from '@/lib/content/parse-article';
import { formatProblem } from '@/lib/content/problems';
import { MAX_AUTHORS, MAX_TAGS } from '@/lib/content/field-caps';

const parse = (fields: string) =>
  parseArticle('articles/news/2025-01-01-capped.md', `---\ntitle: ${JSON.stringify('Headline '.repeat(60))}\ndate: 2025-01-01\nsection: News\n${fields}---\nBody.\n`, { timeZone: 'UTC' });

describe('per-field caps', () => {
  it('cuts an over-long headline and summary, keeps the article, and says so at the line', () => {
    const { record, problems } = parse(`summary: ${JSON.stringify('Word '.repeat(400))}\n`);
    expect([...record!.title].length).toBe(300);
    expect(record!.title.endsWith('…')).toBe(true);
    expect([...record!.summary!].length).toBe(1000);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^articles\/news\/2025-01-01-capped\.md:2 title: is 539 characters, over the 300 kept/),
      expect.stringMatching(/^articles\/news\/2025-01-01-capped\.md:5 summary: is 1999 characters, over the 1000 kept/),
    ]);
  });

  it('keeps the first tags and bylines, and drops tags too long to be topics', () => {
    const tags = [...Array.from({ length: 40 }, (_, i) => `topic ${i}`), 'x'.repeat(61)];
    const authors = Array.from({ length: 25 }, (_, i) => `Writer ${i}`);
    const { record, problems } = parse(`summary: S.\ntags: [${tags.join(', ')}]\nauthors: [${authors.join(', ')}]\n`);
    expect(record!.tags).toHaveLength(MAX_TAGS);
    expect(record!.tags).not.toContain('x'.repeat(61));
    expect(record!.authorRefs).toHaveLength(MAX_AUTHORS);
    expect(problems.map((p) => `${p.line} ${p.field}`)).toEqual(['2 title', '6 tags', '6 tags', '7 authors']);
  });
});
