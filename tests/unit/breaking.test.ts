import { breakingKey, breakingStory } from '@/lib/content/breaking';
import { buildCatalog } from '@/lib/content/catalog';
import { DEFAULT_BREAKING_HOURS, parseArticle } from '@/lib/content/parse-article';
import { formatProblem } from '@/lib/content/problems';
import { nextPublishChange } from '@/lib/content/publish';
import { record } from '../helpers/records';

const parse = (fm: string) =>
  parseArticle('articles/flood.md', `---\ntitle: Flood\ndate: 2025-03-04T09:00:00Z\nsection: News\nsummary: S.\n${fm}---\nBody.\n`, { timeZone: 'UTC' });

describe('breaking news in front-matter', () => {
  it('runs until `breakingUntil`, or a default number of hours after the article\'s date', () => {
    expect(parse('breaking: true\nbreakingUntil: 2025-03-04T15:00\n').record!.breakingUntil).toEqual(new Date('2025-03-04T15:00:00Z'));
    expect(parse('breaking: yes\n').record!.breakingUntil).toEqual(new Date(Date.parse('2025-03-04T09:00:00Z') + DEFAULT_BREAKING_HOURS * 3_600_000));
    expect(parse('').record!.breakingUntil).toBeUndefined();
  });

  it('explains a bad value, and warns about an end that cannot show or a missing flag', () => {
    expect(parse('breaking: true\nbreakingUntil: soon\n').problems.map(formatProblem)).toEqual([
      'articles/flood.md:7 breakingUntil: expected an ISO date, got "soon" (write 2025-03-01 or 2025-03-01T09:30:00+01:00)',
    ]);
    expect(parse('breaking: true\nbreakingUntil: 2025-03-04T08:00:00Z\n').problems.map(formatProblem)).toEqual([
      'articles/flood.md:7 breakingUntil: is not after the article\'s `date`: the banner would never show',
    ]);
    const { record: r, problems } = parse('breakingUntil: 2025-03-05\n');
    expect(r!.breakingUntil).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual(['articles/flood.md:6 breakingUntil: has no effect without `breaking: true`: add it, or remove this field']);
  });
});

describe('the breaking-news banner', () => {
  const at = (iso: string) => new Date(iso);
  const { articles } = buildCatalog({
    records: [
      record({ slug: 'old-alert', date: at('2025-03-01T08:00:00Z'), breakingUntil: at('2025-03-10T00:00:00Z') }),
      record({ slug: 'new-alert', date: at('2025-03-04T08:00:00Z'), breakingUntil: at('2025-03-04T12:00:00Z') }),
      record({ slug: 'plain', date: at('2025-03-03T08:00:00Z') }),
    ],
    authors: [], sections: [], problems: [],
  });

  it('shows the newest story still running, then the next, then none', () => {
    expect(breakingStory(articles, at('2025-03-04T10:00:00Z'))?.slug).toBe('new-alert');
    expect(breakingStory(articles, at('2025-03-04T12:00:00Z'))?.slug).toBe('old-alert');
    expect(breakingStory(articles, at('2025-03-10T00:00:00Z'))).toBeUndefined();
  });

  it('ends the published view when a banner runs out, so the pages showing it are re-rendered then', () => {
    expect(nextPublishChange(articles, at('2025-03-04T10:00:00Z'))).toBe(Date.parse('2025-03-04T12:00:00Z'));
    expect(nextPublishChange(articles, at('2025-03-04T12:00:00Z'))).toBe(Date.parse('2025-03-10T00:00:00Z'));
  });

  it('compares as the headline and address pages show', () => {
    const story = articles[1];
    expect(breakingKey(story)).not.toBe(breakingKey({ ...story, title: 'Changed' }));
    expect(breakingKey(undefined)).toBe('');
  });
});
