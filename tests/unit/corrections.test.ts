import { buildCatalog } from '@/lib/content/catalog';
import { correctionLog } from '@/lib/content/corrections';
import { changeTags, CORRECTIONS_TAG, LISTS_TAG, pageTags } from '@/lib/content/page-tags';
import { parseArticle } from '@/lib/content/parse-article';
import { formatProblem } from '@/lib/content/problems';
import { newsArticleJsonLd } from '@/lib/seo/json-ld';
import type { Site } from '@/lib/site';
import { record } from '../helpers/records';

const ctx = { timeZone: 'Europe/London' };
const parse = (frontMatter: string) =>
  parseArticle('articles/2025-03-04-vote.md', `---\ntitle: Vote\ndate: 2025-03-04T09:00:00Z\nsection: News\nsummary: S.\n${frontMatter}---\nBody.\n`, ctx);
const errors = (frontMatter: string) => parse(frontMatter).problems.filter((p) => p.severity === 'error').map(formatProblem);

describe('corrections and updates in front-matter', () => {
  it('are read newest first, dates in the site zone, and the latest one becomes the article\'s last change', () => {
    const { record: r, problems } = parse(
      'corrections:\n  - date: 2025-03-05T10:00\n    text: First fix.\n  - { date: 2025-03-07T08:00, text: "Second fix." }\n' +
        'updates:\n  - date: 2025-03-06T12:00\n    text: Police named the driver.\n',
    );
    expect(problems).toEqual([]);
    expect(r!.corrections).toEqual([
      { date: new Date('2025-03-07T08:00:00Z'), text: 'Second fix.' },
      { date: new Date('2025-03-05T10:00:00Z'), text: 'First fix.' },
    ]);
    expect(r!.updates).toEqual([{ date: new Date('2025-03-06T12:00:00Z'), text: 'Police named the driver.' }]);
    expect(r!.updated).toEqual(new Date('2025-03-07T08:00:00Z'));
  });

  it('keep a later `updated:` as the last change, and leave articles without them unchanged', () => {
    expect(parse('updated: 2025-03-09T00:00:00Z\nupdates:\n  - { date: 2025-03-06T12:00:00Z, text: A. }\n').record!.updated).toEqual(new Date('2025-03-09T00:00:00Z'));
    const plain = parse('').record!;
    expect([plain.corrections, plain.updates, plain.updated]).toEqual([undefined, undefined, undefined]);
    expect(parse('corrections:\n').record!.corrections).toBeUndefined();
  });

  it('name the file, the entry\'s own line and the fix for a bad entry, and the article is left out', () => {
    const fm = 'corrections:\n  - date: 2025-03-05\n    text: Fine.\n  - date: tomorrow\n    text: Bad date.\n';
    expect(parse(fm).record).toBeUndefined();
    expect(errors(fm)).toEqual(['articles/2025-03-04-vote.md:9 corrections: entry 2 `date`: expected an ISO date, got "tomorrow" (write 2025-03-01 or 2025-03-01T09:30:00+01:00)']);
    expect(errors('updates:\n  - date: 2025-03-05\n')).toEqual(['articles/2025-03-04-vote.md:7 updates: entry 1 `text`: required: add `text: "Police have named the driver."`']);
    expect(errors('updates:\n  - text: When?\n')[0]).toContain(':7 updates: entry 1 `date`: required: give the entry a `date:`');
    expect(errors('corrections: We got it wrong.\n')).toEqual(['articles/2025-03-04-vote.md:6 corrections: expected a list of entries like `- { date: 2025-03-01T09:30, text: "…" }`, got "We got it wrong."']);
    expect(errors('corrections:\n  - just text\n')[0]).toContain(':7 corrections: entry 1: expected an entry like');
  });

  it('warn about an entry dated before the article, and a misspelt key', () => {
    const { record: r, problems } = parse('corections: []\ncorrections:\n  - { date: 2025-03-01, text: Early. }\n');
    expect(r).toBeDefined();
    expect(problems.map(formatProblem)).toEqual([
      'articles/2025-03-04-vote.md:6 corections: is not a field and is ignored: did you mean `corrections`?',
      'articles/2025-03-04-vote.md:7 corrections: an entry is dated before the article was published: check its `date:`',
    ]);
  });

  it('cap each text like a standfirst', () => {
    const { record: r, problems } = parse(`corrections:\n  - { date: 2025-03-05, text: "${'word '.repeat(300)}" }\n`);
    expect([...r!.corrections![0].text].length).toBeLessThanOrEqual(1000);
    expect(problems.map((p) => p.field)).toEqual(['corrections']);
  });
});

describe('the site-wide corrections log', () => {
  const catalog = buildCatalog({
    records: [
      record({ slug: 'a', date: new Date('2025-01-01'), corrections: [{ date: new Date('2025-01-09'), text: 'a2' }, { date: new Date('2025-01-02'), text: 'a1' }] }),
      record({ slug: 'b', date: new Date('2025-01-03'), corrections: [{ date: new Date('2025-01-05'), text: 'b1' }] }),
      record({ slug: 'c', date: new Date('2025-01-04'), updates: [{ date: new Date('2025-01-06'), text: 'not a correction' }] }),
    ],
    authors: [], sections: [], problems: [],
  });

  it('lists every correction newest first, each with the anchor of its box (numbered from the first)', () => {
    expect(correctionLog(catalog.articles).map((e) => [e.article.slug, e.note.text, e.anchor])).toEqual([
      ['a', 'a2', 'correction-2'], ['b', 'b1', 'correction-1'], ['a', 'a1', 'correction-1'],
    ]);
  });

  it('is JSON-LD CorrectionComment on the article, with dateModified at the latest change', () => {
    const site: Site = { name: 'N', language: 'en', timezone: 'UTC', url: 'https://n.example' };
    const article = buildCatalog({
      records: [parseArticle('articles/x.md', '---\ntitle: X\ndate: 2025-03-04\nsection: News\ncorrections:\n  - { date: 2025-03-05T10:00:00Z, text: Fixed. }\n---\nB\n', { timeZone: 'UTC' }).record!],
      authors: [], sections: [], problems: [],
    }).articles[0];
    const data = newsArticleJsonLd(site, article);
    expect(data.correction).toEqual([{ '@type': 'CorrectionComment', text: 'Fixed.', datePublished: '2025-03-05T10:00:00+00:00' }]);
    expect(data.dateModified).toBe('2025-03-05T10:00:00+00:00');
    expect(newsArticleJsonLd(site, catalog.bySlug.get('c')!)).not.toHaveProperty('correction');
  });

  it('re-renders /corrections when an article\'s corrections change, and not for other edits', () => {
    const [a] = catalog.articles.filter((x) => x.slug === 'a');
    expect(pageTags('/corrections', [], () => undefined)).toEqual(expect.arrayContaining([CORRECTIONS_TAG, LISTS_TAG]));
    expect(pageTags('/corrections/page/2', [], () => undefined)).toContain(CORRECTIONS_TAG);
    expect(changeTags(a, { ...a, corrections: [{ date: new Date('2025-01-10'), text: 'a3' }, ...a.corrections!] })).toContain(CORRECTIONS_TAG);
    expect(changeTags(a, { ...a, title: 'New headline' })).not.toContain(CORRECTIONS_TAG);
    expect(changeTags(undefined, a)).toContain(CORRECTIONS_TAG);
  });
});
