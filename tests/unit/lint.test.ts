import { buildCatalog, type Author } from '@/lib/content/catalog';
import { lintCatalog, sortProblems } from '@/lib/content/lint';
import type { Problem } from '@/lib/content/problems';
import { record } from '../helpers/records';

const sections = [{ slug: 'news', name: 'News' }];
const profiles: Author[] = [{ id: 'jo-bloggs', name: 'Jo Bloggs', profileFile: 'authors/jo-bloggs.md', image: '/images/jo.svg' }];
const existing = new Set(['/images/jo.svg', '/images/harbour.svg']);
const imageExists = (p: string) => existing.has(p);
const lint = (records: ReturnType<typeof record>[], authors = profiles) =>
  lintCatalog(buildCatalog({ records, authors, sections, problems: [] }), imageExists);
const lines = { title: 2, image: 9, authors: 6, tags: 7 };

describe('lintCatalog', () => {
  it('finds nothing in a clean catalog: existing images, known ids, plain names, one spelling per tag', () => {
    expect(
      lint([
        record({ slug: 'a', title: 'Harbour reopens', image: '/images/harbour.svg', authorRefs: ['jo-bloggs', 'Staff Reporter'], tags: ['Ukraine'] }),
        record({ slug: 'b', title: 'Ferry returns', image: 'https://example.com/x.jpg', authorRefs: ['Jo Bloggs'], tags: ['Ukraine'] }),
      ]),
    ).toEqual([]);
  });

  it('warns when an /images/ file is missing, on the image line', () => {
    expect(lint([record({ slug: 'a', image: '/images/gone.svg', lines })])).toEqual([
      {
        file: 'articles/a.md', line: 9, field: 'image', severity: 'warning',
        message: `"/images/gone.svg" is not in the content folder's images/: add the file there or correct the path`,
      },
    ]);
  });

  it('warns about a missing author portrait, on its image line when known', () => {
    const authors = [{ ...profiles[0], image: '/images/nobody.svg' }];
    const catalog = buildCatalog({ records: [record({ slug: 'a' })], authors, sections, problems: [] });
    const [problem] = lintCatalog(catalog, imageExists, { authorImageLines: new Map([['authors/jo-bloggs.md', 4]]) });
    expect(problem).toMatchObject({ file: 'authors/jo-bloggs.md', line: 4, field: 'image', severity: 'warning' });
    expect(lintCatalog(catalog, imageExists)[0].line).toBe(1);
  });

  it('warns about an id-like byline without a profile, but not about plain names', () => {
    const problems = lint([record({ slug: 'a', authorRefs: ['jane-doe', 'Staff Reporter', 'jo-bloggs'], lines })]);
    expect(problems).toEqual([
      {
        file: 'articles/a.md', line: 6, field: 'authors', severity: 'warning',
        message: `unknown author id "jane-doe": add authors/jane-doe.md or write the author's full name`,
      },
    ]);
  });

  it('warns on each article that spells a tag differently from the chosen spelling', () => {
    const problems = lint([
      record({ slug: 'a', tags: ['Climate Change', 'Ukraine'] }),
      record({ slug: 'b', tags: ['Climate Change', 'Ukraine'] }),
      record({ slug: 'c', tags: ['climate-change', 'ukraine'], lines }),
    ]);
    expect(problems.map((p) => [p.file, p.line, p.field, p.message])).toEqual([
      ['articles/c.md', 7, 'tags', 'tag "climate-change" is spelled "Climate Change" elsewhere: use one spelling'],
      ['articles/c.md', 7, 'tags', 'tag "ukraine" is spelled "Ukraine" elsewhere: use one spelling'],
    ]);
  });

  it('warns on both articles that share a headline, ignoring case and spacing, naming the other file', () => {
    const problems = lint([
      record({ slug: 'a', title: 'Council approves the budget' }),
      record({ slug: 'b', title: ' council  approves the Budget' }),
      record({ slug: 'c', title: 'Council approves the plan' }),
    ]);
    expect(problems.map((p) => [p.file, p.field])).toEqual([['articles/a.md', 'title'], ['articles/b.md', 'title']]);
    expect(problems[0].message).toMatch(/^the same headline as articles\/b\.md: reword one/);
    expect(problems[1].message).toMatch(/^the same headline as articles\/a\.md: /);
  });

  it('warns about headlines over 110 characters, counting characters as readers do', () => {
    const decomposed = 'A\u0308'.repeat(111);
    const problems = lint([record({ slug: 'a', title: decomposed, lines }), record({ slug: 'b', title: '😀'.repeat(110) })]);
    expect(problems).toEqual([
      {
        file: 'articles/a.md', line: 2, field: 'title', severity: 'warning',
        message: 'headline is 111 characters; Google truncates after about 110: shorten it',
      },
    ]);
  });

  it('is pure: it asks imageExists only about /images/ paths', () => {
    const asked: string[] = [];
    lintCatalog(
      buildCatalog({ records: [record({ slug: 'a', image: '/images/a.svg' }), record({ slug: 'b', image: '/media/b.svg' })], authors: [], sections, problems: [] }),
      (p) => (asked.push(p), true),
    );
    expect(asked).toEqual(['/images/a.svg']);
  });
});

describe('sortProblems', () => {
  it('puts errors first, then warnings, each by file and line', () => {
    const p = (file: string, line: number, severity: Problem['severity']): Problem => ({ file, line, message: 'm', severity });
    const sorted = sortProblems([p('b.md', 1, 'warning'), p('a.md', 9, 'error'), p('a.md', 10, 'warning'), p('a.md', 2, 'warning'), p('a.md', 3, 'error')]);
    expect(sorted.map((x) => `${x.severity} ${x.file}:${x.line}`)).toEqual([
      'error a.md:3', 'error a.md:9', 'warning a.md:2', 'warning a.md:10', 'warning b.md:1',
    ]);
  });
});
