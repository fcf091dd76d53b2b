import fs from 'node:fs';
import path from 'node:path';
import { parseArticle } from '@/lib/content/parse-article';
import { formatProblem } from '@/lib/content/problems';

const ctx = { timeZone: 'Europe/London' };
const broken = (name: string) =>
  parseArticle(`articles/${name}`, fs.readFileSync(path.join(__dirname, '../fixtures/broken', name), 'utf8'), ctx);

describe('parseArticle on broken files: one problem, located and explained', () => {
  const cases: [string, string][] = [
    ['bad-date.md', 'articles/bad-date.md:4 date: expected an ISO date, got "tomorrow" (write 2025-03-01 or 2025-03-01T09:30:00+01:00)'],
    ['missing-title.md', 'articles/missing-title.md:1 title: required: add `title: "Your headline"`'],
    ['bad-yaml.md', 'articles/bad-yaml.md:'],
    ['no-front-matter.md', 'articles/no-front-matter.md:1 no front-matter: start the file with a line `---`'],
    ['unclosed.md', 'articles/unclosed.md:1 front-matter is not closed: add a line `---` after the last field'],
    ['reserved-section.md', 'articles/reserved-section.md:4 section: section "Search" would live at /search, which the site uses itself'],
    ['bad-slug.md', 'articles/bad-slug.md:5 slug: use lower-case letters, digits and hyphens only'],
    ['bad-draft.md', 'articles/bad-draft.md:6 draft: expected true or false, got "maybe" (write `draft: true`)'],
    ['bad-image.md', 'articles/bad-image.md:5 image: expected a path starting with /'],
    ['tags-map.md', 'articles/tags-map.md:5 tags: expected a list like `tags: [Climate, Energy]`, got a nested map'],
    ['no-section.md', 'articles/no-section.md:1 section: required: add `section: World`'],
    ['bad-lastmod.md', 'articles/bad-lastmod.md:5 lastmod: expected an ISO date, got "31/12/2025"'],
  ];
  it.each(cases)('%s', (name, expected) => {
    const { record, problems } = broken(name);
    expect(record).toBeUndefined();
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(formatProblem(errors[0])).toContain(expected);
  });

  it('reports invalid YAML with the line of the fault and the parser’s reason', () => {
    const [problem] = broken('bad-yaml.md').problems;
    expect(problem.line).toBeGreaterThanOrEqual(2);
    expect(problem.message).toMatch(/^invalid YAML: /);
  });
});

describe('parseArticle on valid files', () => {
  const parse = (text: string, file = 'articles/2025-03-04-some-story.md', extra = {}) =>
    parseArticle(file, text, { ...ctx, ...extra });

  it('reads native fields and derives slug, section slug, word count and terms', () => {
    const { record, problems } = parse(
      '---\ntitle: "Storm hits the coast"\ndate: 2025-03-04T09:30:00+01:00\nsection: World News\nsummary: Big storm.\n' +
        'tags: [Storms, Coast]\nauthors: [jane-doe]\n---\nThe storm hit the coast at dawn. Storm surge flooded the coast road.\n',
    );
    expect(problems).toEqual([]);
    expect(record).toMatchObject({
      slug: 'some-story', title: 'Storm hits the coast', sectionSlug: 'world-news', sectionName: 'World News',
      tags: ['Storms', 'Coast'], authorRefs: ['jane-doe'], draft: false, featured: false,
    });
    expect(record!.date.toISOString()).toBe('2025-03-04T08:30:00.000Z');
    expect(record!.wordCount).toBe(13);
    expect(record!.terms.slice(0, 2)).toEqual(['storm', 'coast']);
  });

  it('maps Hugo, Jekyll, Eleventy and Ghost aliases to our fields', () => {
    const { record } = parse(
      '---\ntitle: Imported\npublishDate: 2025-01-02\ncategories: [Business, Other]\ndescription: "Deck."\n' +
        'author: "Ann Lee and Bo Chen, Cy Diaz"\nkeywords: [A, B]\nlastmod: 2025-01-03\nexpiryDate: 2030-01-01\n---\nx\n',
      'articles/imported.md',
    );
    expect(record).toMatchObject({ sectionSlug: 'business', summary: 'Deck.', authorRefs: ['Ann Lee', 'Bo Chen', 'Cy Diaz'], tags: ['A', 'B'] });
    expect(record!.updated?.toISOString()).toBe('2025-01-03T00:00:00.000Z');
    expect(record!.expires?.toISOString()).toBe('2030-01-01T00:00:00.000Z');
  });

  it('takes the date from a YYYY-MM-DD- file name, in the site time zone', () => {
    const { record } = parse('---\ntitle: Dated by name\nsection: News\n---\nx', 'articles/2025-07-01-dated.md');
    expect(record!.date.toISOString()).toBe('2025-06-30T23:00:00.000Z');
    expect(record!.slug).toBe('dated');
  });

  it('accepts CRLF line ends, a BOM and blank lines before the opening ---', () => {
    const { record, problems } = parse('\uFEFF\r\n\r\n---\r\ntitle: Windows\r\ndate: 2025-01-01\r\nsection: News\r\nsummary: S\r\n---\r\nBody\r\n');
    expect(problems).toEqual([]);
    expect(record!.title).toBe('Windows');
  });

  it('counts lines from the real file when blank lines come first', () => {
    const { problems } = parse('\n\n---\ntitle: T\nsection: News\ndate: soon\n---\nx');
    expect(problems[0].line).toBe(6);
  });

  it('uses defaultSection when the article names none, and warns about a missing summary or alt text', () => {
    const { record, problems } = parse('---\ntitle: T\ndate: 2025-01-01\nimage: /images/a.png\n---\nx', undefined, { defaultSection: 'News' });
    expect(record!.sectionSlug).toBe('news');
    expect(problems.map((p) => `${p.severity} ${p.field}`)).toEqual(['warning summary', 'warning imageAlt']);
  });

  it('accepts a plain comma-separated tag string and merges repeated tags', () => {
    const { record } = parse('---\ntitle: T\ndate: 2025-01-01\nsection: News\ntags: "Rivers, Town, Rivers"\n---\nx');
    expect(record!.tags).toEqual(['Rivers', 'Town']);
  });
});
