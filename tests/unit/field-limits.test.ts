import { buildCatalog } from '@/lib/content/catalog';
import { FIELD_LIMITS, truncateText } from '@/lib/content/field-limits';
import { parseArticle } from '@/lib/content/parse-article';
import { formatProblem } from '@/lib/content/problems';

const BASE = ['date: 2025-01-01', 'section: News', 'title: Fine', 'summary: S.'];
// The fields under test come last (line 6 when all four are kept), replacing the default of the same key.
const parse = (front: string, file = 'articles/news/big.md') => {
  const keys = new Set(front.split('\n').map((l) => l.split(':')[0]));
  const lines = [...BASE.filter((l) => !keys.has(l.split(':')[0])), front];
  return parseArticle(file, `---\n${lines.join('\n')}\n---\nBody.\n`, { timeZone: 'UTC' });
};
const warnings = (front: string) => parse(front).problems.filter((p) => p.severity === 'warning').map(formatProblem);
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('per-field caps: cut with a warning, the article still publishes', () => {
  it('cuts a headline over 300 characters at a word, and says where', () => {
    const { record, problems } = parse(`title: "${words(80)}"`);
    expect([...record!.title].length).toBeLessThanOrEqual(FIELD_LIMITS.title);
    expect(record!.title.endsWith('…')).toBe(true);
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^articles\/news\/big\.md:5 title: is \d+ characters, over the 300 the site shows/)]);
  });

  it('cuts a summary over 1,000 characters', () => {
    const { record } = parse(`summary: "${words(200)}"`);
    expect([...record!.summary!].length).toBeLessThanOrEqual(FIELD_LIMITS.summary);
    expect(warnings(`summary: "${words(200)}"`)).toEqual([expect.stringMatching(/:5 summary: is \d+ characters, over the 1000/)]);
  });

  it('keeps the first 30 tags and leaves out a tag over 60 characters', () => {
    const many = Array.from({ length: 40 }, (_, i) => `t${i}`);
    expect(parse(`tags: [${many.join(', ')}]`).record!.tags).toEqual(many.slice(0, 30));
    expect(warnings(`tags: [${many.join(', ')}]`)).toEqual([expect.stringMatching(/:6 tags: 40 entries, over the 30 the site keeps/)]);
    const long = 'x'.repeat(61);
    expect(parse(`tags: [ok, ${long}]`).record!.tags).toEqual(['ok']);
    expect(warnings(`tags: [ok, ${long}]`)).toEqual([expect.stringMatching(/:6 tags: "x+…" is 61 characters, over 60: it is left out/)]);
  });

  it('keeps the first 20 authors and leaves out a name over 100 characters', () => {
    const many = Array.from({ length: 25 }, (_, i) => `Writer ${i}`);
    expect(parse(`authors: [${many.join(', ')}]`).record!.authorRefs).toEqual(many.slice(0, 20));
    expect(parse(`authors: [Ann, ${'y'.repeat(101)}]`).record!.authorRefs).toEqual(['Ann']);
  });

  it('keeps the first 50 aliases', () => {
    const many = Array.from({ length: 60 }, (_, i) => `/old/${i}`);
    expect(parse(`aliases: [${many.join(', ')}]`).record!.aliases).toHaveLength(FIELD_LIMITS.aliases);
  });

  it('counts characters as readers do and cuts mid-word only without a nearby space', () => {
    expect(truncateText('é'.repeat(10), 5)).toBe('éééé…');
    expect(truncateText('word '.repeat(50), 100)).toBe(`${'word '.repeat(19).trimEnd()}…`);
    expect(truncateText('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('keeps serving the other articles next to an over-long one', () => {
    const big = parse(`title: "${'x'.repeat(5000)}"`, 'articles/news/big.md').record!;
    const small = parseArticle('articles/news/small.md', '---\ntitle: Small\ndate: 2025-01-01\nsection: News\n---\nx', { timeZone: 'UTC' }).record!;
    expect(buildCatalog({ records: [big, small], authors: [], sections: [], problems: [] }).articles).toHaveLength(2);
  });
});
