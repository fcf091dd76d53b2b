import { capList, capText, FIELD_LIMITS, truncateText, type LimitNote } from '@/lib/content/field-limits';

// The helpers only: parseArticle does not apply them until the browser stage's XSS corpus fits under them (see 36886bf).
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
    expect(capList('tags', [...many, 'x'.repeat(61)], FIELD_LIMITS.tags, FIELD_LIMITS.tagLength, notes)).toEqual(many.slice(0, 30));
    expect(notes.map((n) => n.message)).toEqual([
      expect.stringMatching(/^"x+…" is 61 characters, over 60: it is left out/),
      '40 entries, over the 30 the site keeps: the first 30 are used; remove the rest',
    ]);
  });

  it('counts characters as readers do and cuts mid-word only without a nearby space', () => {
    expect(truncateText('é'.repeat(10), 5)).toBe('éééé…');
    expect(truncateText('word '.repeat(50), 100)).toBe(`${'word '.repeat(19).trimEnd()}…`);
    expect(truncateText('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
