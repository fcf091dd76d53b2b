import { capList, capText, FIELD_LIMITS, truncateText, type LimitNote } from '@/lib/content/field-limits';
import { parseArticle } from '@/lib/content/parse-article';

describe('per-field caps: cut with a note, never refused', () => {
  it('cuts text over its cap at a word and notes the length', () => {
    const notes: LimitNote[] = [];
    const long = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const cut = capText('title', long, FIELD_LIMITS.title, notes)!;
    expect([...cut].length).toBeLessThanOrEqual(FIELD_LIMITS.title);
    expect(cut.endsWith('…')).toBe(true);
    expect(notes).toEqual([{ field: 'title', message: expect.stringMatching(/^is \d+ characters, over the 300 the site shows/) }]);
    expect(capText('title', 'short', FIELD_LIMITS.title, notes)).toBe('short');
  });

  it('keeps the first entries of a long list and leaves out an over-long entry', () => {
    const notes: LimitNote[] = [];
    const many = Array.from({ length: 40 }, (_, i) => `t${i}`);
    expect(capList('tags', [...many, 'x'.repeat(192)], FIELD_LIMITS.tags, FIELD_LIMITS.tagLength, notes)).toEqual(many.slice(0, 30));
    expect(notes.map((n) => n.message)).toEqual([
      expect.stringMatching(/^"x+…" is 192 characters, over 191: it is left out/),
      '40 entries, over the 30 the site keeps: the first 30 are used; remove the rest',
    ]);
  });

  it('counts characters as readers do and cuts mid-word only without a nearby space', () => {
    expect(truncateText('é'.repeat(10), 5)).toBe('éééé…');
    expect(truncateText('word '.repeat(50), 100)).toBe(`${'word '.repeat(19).trimEnd()}…`);
    expect(truncateText('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('an article over the caps still publishes, cut, with a warning at the field\'s line', () => {
  const tags = Array.from({ length: 35 }, (_, i) => `tag ${i}`);
  const raw = [
    '---',
    `title: "${'Harbour '.repeat(60).trim()}"`,
    'date: 2026-03-01',
    'section: News',
    `summary: "${'Tide tables. '.repeat(100).trim()}"`,
    `tags: [${tags.join(', ')}, "${'y'.repeat(200)}"]`,
    `authors: ["Ada Reporter", "${'Z'.repeat(200)}"]`,
    '---',
    'The body.',
    '',
  ].join('\n');
  const { record, problems } = parseArticle('articles/news/2026-03-01-harbour.md', raw, { timeZone: 'UTC' });

  it('cuts the headline and standfirst, keeps the first 30 tags and drops the over-long tag and byline', () => {
    expect(record).toBeDefined();
    expect([...record!.title].length).toBeLessThanOrEqual(FIELD_LIMITS.title);
    expect(record!.title.startsWith('Harbour Harbour')).toBe(true);
    expect([...record!.summary!].length).toBeLessThanOrEqual(FIELD_LIMITS.summary);
    expect(record!.tags).toEqual(tags.slice(0, 30));
    expect(record!.authorRefs).toEqual(['Ada Reporter']);
  });

  it('names the file, line and field of each cut', () => {
    const warnings = problems.filter((p) => p.severity === 'warning').map((p) => `${p.line} ${p.field}: ${p.message.split(':')[0]}`);
    expect(warnings).toEqual(expect.arrayContaining([
      '2 title: is 479 characters, over the 300 the site shows',
      '5 summary: is 1299 characters, over the 1000 the site shows',
      expect.stringMatching(/^6 tags: "y+…" is 200 characters, over 191/),
      '6 tags: 35 entries, over the 30 the site keeps',
      expect.stringMatching(/^7 authors: "Z+…" is 200 characters, over 191/),
    ]));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
