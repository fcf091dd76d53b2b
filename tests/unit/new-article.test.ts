import { formatIsoInZone } from '@/lib/content/dates';
import {
  collectSlugsInUse, headlineSlug, MAX_NEW_SLUG_LENGTH, newArticleText, planNewArticle, resolveSection, type NewArticleRequest,
} from '@/lib/content/new-article';
import { parseArticle } from '@/lib/content/parse-article';

const sections = [
  { slug: 'world', name: 'World' },
  { slug: 'comment', name: 'Opinion' },
];
const request = (overrides: Partial<NewArticleRequest> = {}): NewArticleRequest => ({
  title: 'Tane bridge reopens',
  section: 'world',
  authors: [],
  date: new Date('2026-11-20T07:30:00Z'),
  timeZone: 'Europe/Berlin',
  sections,
  slugsInUse: new Map(),
  knownAuthors: new Set(['ingrid-halvorsen']),
  ...overrides,
});
const plan = (overrides: Partial<NewArticleRequest> = {}) => {
  const result = planNewArticle(request(overrides));
  if (!result.ok) throw new Error(result.message);
  return result;
};
const refusal = (overrides: Partial<NewArticleRequest>) => {
  const result = planNewArticle(request(overrides));
  return result.ok ? undefined : result.message;
};

describe('formatIsoInZone', () => {
  it('writes wall-clock time with the zone offset, summer time included', () => {
    expect(formatIsoInZone(new Date('2026-11-20T07:30:00.900Z'), 'Europe/Berlin')).toBe('2026-11-20T08:30:00+01:00');
    expect(formatIsoInZone(new Date('2026-07-20T07:30:00Z'), 'Europe/Berlin')).toBe('2026-07-20T09:30:00+02:00');
    expect(formatIsoInZone(new Date('2026-07-20T02:30:00Z'), 'America/New_York')).toBe('2026-07-19T22:30:00-04:00');
    expect(formatIsoInZone(new Date('2026-07-20T02:30:00Z'), 'Asia/Kolkata')).toBe('2026-07-20T08:00:00+05:30');
    expect(formatIsoInZone(new Date('2026-07-20T02:30:00Z'), 'UTC')).toBe('2026-07-20T02:30:00+00:00');
  });
});

describe('new article slugs and sections', () => {
  it('cuts long slugs at a hyphen, to at most 80 characters', () => {
    const slug = headlineSlug(`${'word '.repeat(15)}and a final stretch of several more words`);
    expect(slug).toBe(`${'word-'.repeat(15)}and-a`);
    expect(slug).toHaveLength(MAX_NEW_SLUG_LENGTH);
    expect(headlineSlug(`${'word '.repeat(15)}andover`)).toBe(`word${'-word'.repeat(14)}`);
    expect(headlineSlug('x'.repeat(100))).toBe('x'.repeat(80));
    expect(headlineSlug('Café & Bar: 24 hours!')).toBe('cafe-and-bar-24-hours');
  });

  it('finds sections by slug or name and keeps unknown ones as typed', () => {
    expect(resolveSection('WORLD', sections)).toEqual({ slug: 'world', name: 'World', known: true });
    expect(resolveSection('opinion', sections)).toEqual({ slug: 'comment', name: 'Opinion', known: true });
    expect(resolveSection('Travel Desk', sections)).toEqual({ slug: 'travel-desk', name: 'Travel Desk', known: false });
    expect(resolveSection('travel-desk', sections, [{ slug: 'travel-desk', name: 'Travel Desk' }])).toEqual({
      slug: 'travel-desk', name: 'Travel Desk', known: false,
    });
  });

  it('collects slugs of valid files and file-name slugs of broken ones', () => {
    const used = collectSlugsInUse([
      { file: 'articles/a/2025-01-01-storm.md', slug: 'custom' },
      { file: 'articles/b/2025-01-02-broken-date.md' },
    ]);
    expect([...used]).toEqual([['custom', 'articles/a/2025-01-01-storm.md'], ['broken-date', 'articles/b/2025-01-02-broken-date.md']]);
  });
});

describe('planNewArticle', () => {
  it('names the file by section, the date in the site zone and the slug', () => {
    const result = plan({ date: new Date('2026-11-20T23:30:00Z') });
    expect(result.file).toBe('articles/world/2026-11-21-tane-bridge-reopens.md');
    expect(result).toMatchObject({ slug: 'tane-bridge-reopens', sectionSlug: 'world', notes: [] });
  });

  it('writes a draft with quoted title, section name, authors and commented placeholders', () => {
    const text = plan({ title: 'Bridge: "open" # at last', authors: ['ingrid-halvorsen', 'Guest Writer'] }).text;
    expect(text).toContain('title: "Bridge: \\"open\\" # at last"\n');
    expect(text).toContain('date: 2026-11-20T08:30:00+01:00\n');
    expect(text).toContain('section: "World"\n');
    expect(text).toContain('authors: [ingrid-halvorsen, "Guest Writer"]\n');
    expect(text).toMatch(/^# summary: /m);
    expect(text).toMatch(/^# image: \/images\//m);
    expect(text).toMatch(/^draft: true/m);
  });

  it('produces a file that parses without errors, as a draft with the same fields', () => {
    const result = plan({ title: 'Bridge: "open" # at last', authors: ['ingrid-halvorsen'] });
    const parsed = parseArticle(result.file, result.text, { timeZone: 'Europe/Berlin', sectionNames: new Map([['world', 'World']]) });
    expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(parsed.record).toMatchObject({
      slug: result.slug, title: 'Bridge: "open" # at last', draft: true, sectionSlug: 'world', sectionName: 'World',
      authorRefs: ['ingrid-halvorsen'], tags: [], date: new Date('2026-11-20T07:30:00Z'),
    });
  });

  it('writes a section with its own slug as the slug, so the article lands in it', () => {
    const result = plan({ section: 'Opinion' });
    expect(result.file).toMatch(/^articles\/comment\//);
    expect(result.text).toContain('section: "comment"\n');
    const parsed = parseArticle(result.file, result.text, { timeZone: 'UTC', sectionNames: new Map([['comment', 'Opinion']]) });
    expect(parsed.record).toMatchObject({ sectionSlug: 'comment', sectionName: 'Opinion' });
  });

  it('notes an unknown section, an author without profile and an over-long headline', () => {
    const result = plan({ section: 'Travel', authors: ['jane-doe', 'ingrid-halvorsen', 'Staff Reporter'], title: 'Long '.repeat(23) });
    expect(result.notes).toEqual([
      'section "Travel" is not in sections.yml: it will appear after the listed sections (add it there to place it)',
      "no author profile authors/jane-doe.md: add one, or write the author's full name in `authors:`",
      'headline is 114 characters; Google truncates after about 110: shorten it',
    ]);
  });

  it('refuses an empty headline, a reserved or empty section, and a slug already used', () => {
    expect(refusal({ title: '  \n ' })).toMatch(/^the headline is empty/);
    expect(refusal({ title: '¿¡!?' })).toMatch(/gives no URL slug/);
    expect(refusal({ section: 'Tags' })).toBe('section "Tags" would live at /tags, which the site uses itself: choose another section');
    expect(refusal({ section: '---' })).toMatch(/^section "---" gives no URL slug/);
    expect(refusal({ slugsInUse: new Map([['tane-bridge-reopens', 'articles/world/old.md']]) })).toBe(
      'the slug "tane-bridge-reopens" is already used by articles/world/old.md: reword the headline',
    );
  });

  it('keeps the text readable when built directly', () => {
    const text = newArticleText({ title: 'T', date: '2025-01-01T00:00:00+00:00', section: 'News', authors: [] });
    expect(text.split('\n').slice(0, 7)).toEqual([
      '---', 'title: "T"', 'date: 2025-01-01T00:00:00+00:00', 'section: "News"', expect.stringMatching(/^# summary:/), 'authors: []', 'tags: []',
    ]);
  });
});
