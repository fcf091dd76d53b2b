import { parseArticle } from '@/lib/content/parse-article';
import { formatProblem } from '@/lib/content/problems';
import { parseLenientDate } from '@/lib/content/dates';

const ctx = { timeZone: 'America/New_York' };
const parse = (front: string, file = 'articles/post/a-story.md', body = 'Body.') =>
  parseArticle(file, `---\n${front}\n---\n${body}\n`, ctx);
const base = 'title: A story\nsection: News\nsummary: S.';

describe('dates as real archives write them', () => {
  it.each([
    ['2013-05-30 5:06:51 -0400', '2013-05-30T09:06:51.000Z'],
    ['2013-05-30 05:06:51 +0000', '2013-05-30T05:06:51.000Z'],
    ['2013-05-30T05:06:51.000+0000', '2013-05-30T05:06:51.000Z'],
    ['2013-05-30 05:06:51 -0400 EDT', '2013-05-30T09:06:51.000Z'],
    ['2013-05-30 05:06 UTC', '2013-05-30T05:06:00.000Z'],
    ['2013-05-30 5:06', '2013-05-30T09:06:00.000Z'],
    ['2013/05/30', '2013-05-30T04:00:00.000Z'],
    ['Thu, 30 May 2013 05:06:51 -0400', '2013-05-30T09:06:51.000Z'],
    ['30 May 2013', '2013-05-30T04:00:00.000Z'],
    ['May 30, 2013 5:06 PM', '2013-05-30T21:06:00.000Z'],
  ])('reads %s', (text, iso) => {
    const { record, problems } = parse(`${base}\ndate: ${text}`);
    expect(problems).toEqual([]);
    expect(record?.date.toISOString()).toBe(iso);
  });

  it.each(['2013-02-30 05:00', '2013-05-30 25:00', '30 Foo 2013', '2013-05-30 05:06 XYZ', 'tomorrow'])('refuses %s with file:line', (text) => {
    const { record, problems } = parse(`${base}\ndate: ${text}`);
    expect(record).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^articles\/post\/a-story\.md:5 date: expected an ISO date, got /)]);
  });

  it('is linear-safe on long text', () => expect(parseLenientDate(`2013-05-30 ${' '.repeat(100_000)}x`, 'UTC')).toBeUndefined());
});

describe('front-matter of Hugo, Jekyll and Eleventy exports', () => {
  it('falls through an empty summary to the deck or description', () => {
    expect(parse('title: T\ndate: 2013-05-30\nsection: News\nsummary: ""\ndeck: The deck.').record?.summary).toBe('The deck.');
    expect(parse('title: T\ndate: 2013-05-30\nsection: News\nsummary:\ndescription: Desc.').record?.summary).toBe('Desc.');
    const none = parse('title: T\ndate: 2013-05-30\nsection: News\nsummary: ""');
    expect(none.record?.summary).toBeUndefined();
    expect(none.problems.map((p) => p.severity)).toEqual(['warning']);
  });

  it('decodes HTML entities in the headline, summary and tags to text', () => {
    const { record } = parse('title: "Don&#8217;t &amp; won&rsquo;t &lt;b&gt;"\ndate: 2013-05-30\nsection: News\nsummary: R&amp;D&hellip;\ntags: [Q&amp;A]');
    expect(record).toMatchObject({ title: 'Don’t & won’t <b>', summary: 'R&D…', tags: ['Q&A'] });
  });

  it('ignores other tools\' keys quietly, and warns once about a near miss of ours', () => {
    const quiet = parse(`${base}\ndate: 2013-05-30\nredirectto: ""\nsource_url: http://x\nweight: 3\nlayout: post\nmenu:\n  main: {weight: 2}\nimages: [/a.png]`);
    expect(quiet.problems).toEqual([]);
    const typo = parse(`${base}\ndate: 2013-05-30\nsumary: Oops`);
    expect(typo.problems.map(formatProblem)).toEqual(['articles/post/a-story.md:6 sumary: is not a field and is ignored: did you mean `summary`?']);
  });

  it('takes the date and slug from a dated file name or a page bundle folder', () => {
    expect(parse('title: T\nsection: News', 'articles/_posts/2013-05-30-jekyll-post.md').record).toMatchObject({ slug: 'jekyll-post' });
    const bundle = parse('title: T\nsection: News', 'articles/post/2013-05-30-my-slug/index.md').record;
    expect(bundle).toMatchObject({ slug: 'my-slug' });
    expect(bundle?.date.toISOString()).toBe('2013-05-30T04:00:00.000Z');
    expect(parse('title: T\nsection: News\ndate: 2013-05-30', 'articles/post/plain-bundle/index.md').record?.slug).toBe('plain-bundle');
  });

  it('reads the last of a duplicate key and says so at its line', () => {
    const { record, problems } = parse(`${base}\ndate: 2013-05-30\ntags: [first]\ntags: [last]`);
    expect(record?.tags).toEqual(['last']);
    expect(problems.map(formatProblem)).toEqual(['articles/post/a-story.md:7 tags: is written twice (lines 6 and 7): the last one is read; remove the other']);
  });

  it('reads draft as YAML 1.1 tools did: "false", no, off', () => {
    for (const [text, draft] of [['"false"', false], ['no', false], ['off', false], ['"true"', true], ['yes', true]] as const) {
      expect(parse(`${base}\ndate: 2013-05-30\ndraft: ${text}`).record?.draft).toBe(draft);
    }
  });

  it('takes the section from the folder when none is written, as Hugo does', () => {
    expect(parse('title: T\ndate: 2013-05-30', 'articles/_posts/x.md').record).toMatchObject({ sectionSlug: 'posts', sectionName: 'Posts' });
    expect(parse('title: T\ndate: 2013-05-30', 'articles/post/x/index.md').record?.sectionSlug).toBe('post');
    const root = parse('title: T\ndate: 2013-05-30', 'articles/x.md');
    expect(root.problems.map(formatProblem)).toEqual([expect.stringMatching(/^articles\/x\.md:1 section: required/)]);
  });

  it('keeps Hugo url and Jekyll permalink as aliases, and reads relative aliases under the folder', () => {
    expect(parse(`${base}\ndate: 2013-05-30\nurl: /2013/05/old/\naliases: [old-name]`).record?.aliases).toEqual(['/post/old-name', '/2013/05/old/']);
    expect(parse(`${base}\ndate: 2013-05-30\npermalink: "/blog/{{ page.fileSlug }}/"`).record?.aliases).toEqual([]);
  });

  it('ignores an alias that is no path with a warning, and still publishes the article', () => {
    const { record, problems } = parse(`${base}\ndate: 2013-05-30\naliases: ["https://old.example/x", "/has space", /ok]`);
    expect(record?.aliases).toEqual(['/ok']);
    expect(problems.map((p) => [p.severity, p.line, p.field])).toEqual([["warning", 6, "aliases"], ["warning", 6, "aliases"]]);
  });

  it('reads bylines written as maps', () => {
    expect(parse(`${base}\ndate: 2013-05-30\nauthor:\n  name: Ann Lee\n  twitter: ann`).record?.authorRefs).toEqual(['Ann Lee']);
    expect(parse(`${base}\ndate: 2013-05-30\nauthors: [{name: Bo Chen, slug: bo}, Cy]`).record?.authorRefs).toEqual(['Bo Chen', 'Cy']);
  });

  it('skips a Hugo list page (_index.md) with a warning', () => {
    const { record, problems } = parse('title: Posts', 'articles/post/_index.md');
    expect(record).toBeUndefined();
    expect(problems.map((p) => p.severity)).toEqual(['warning']);
  });
});
