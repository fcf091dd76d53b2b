import { DEFAULT_LIVE_IDLE_HOURS, newestFirst, splitLiveBody } from '@/lib/content/live-entries';
import { parseArticle } from '@/lib/content/parse-article';
import { formatProblem } from '@/lib/content/problems';
import { isLiveNow, nextPublishChange } from '@/lib/content/publish';
import { liveBlogJsonLd } from '@/lib/seo/json-ld';
import { buildCatalog } from '@/lib/content/catalog';
import { record } from '../helpers/records';

const published = new Date('2025-03-04T08:00:00Z');
const split = (body: string, zone = 'UTC') => splitLiveBody(body, published, zone);

describe('splitting a live body into entries', () => {
  it('reads `## HH:MM Headline` entries on the article\'s day, with the introduction before the first', () => {
    const body = 'Key points.\n\n## 14:05 Police close the bridge\n\nTraffic is diverted.\n\n## 09:30\n\nFirst update.\n';
    const { intro, entries, problems } = split(body);
    expect(intro).toBe('Key points.');
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.id, e.time.toISOString(), e.title, e.markdown, e.line])).toEqual([
      ['entry-20250304-1405', '2025-03-04T14:05:00.000Z', 'Police close the bridge', 'Traffic is diverted.', 3],
      ['entry-20250304-0930', '2025-03-04T09:30:00.000Z', '', 'First update.', 7],
    ]);
  });

  it('reads times in the site\'s zone, and a dated heading sets the day for the times below it', () => {
    const { entries } = split('## 23:50 Late\n\nA.\n\n## 2025-03-05 00:15 Counting resumes\n\nB.\n\n## 01:00 - Result\n\nC.\n', 'Europe/Berlin');
    expect(entries.map((e) => [e.id, e.time.toISOString(), e.title])).toEqual([
      ['entry-20250304-2350', '2025-03-04T22:50:00.000Z', 'Late'],
      ['entry-20250305-0015', '2025-03-04T23:15:00.000Z', 'Counting resumes'],
      ['entry-20250305-0100', '2025-03-05T00:00:00.000Z', 'Result'],
    ]);
  });

  it('leaves other headings, code fences and deeper levels inside the entry they are in', () => {
    const body = '## 10:00 Start\n\n### 10:05 not an entry\n\n```\n## 11:00 inside code\n```\n\n## Background\n\nText.\n\n## 12:00 **Bold** [link](/x)\n';
    const { entries } = split(body);
    expect(entries.map((e) => e.title)).toEqual(['Start', 'Bold link']);
    expect(entries[0].markdown).toContain('## 11:00 inside code');
    expect(entries[0].markdown).toContain('## Background');
  });

  it('gives two entries of one minute distinct anchors, and reports a heading whose time does not exist', () => {
    const { entries, problems } = split('## 10:00 A\n\n## 10:00 B\n\n## 25:61 C\n');
    expect(entries.map((e) => e.id)).toEqual(['entry-20250304-1000', 'entry-20250304-1000-2']);
    expect(entries[1].markdown).toBe('## 25:61 C');
    expect(problems).toEqual([{ line: 5, message: expect.stringContaining('is not a time') }]);
  });

  it('orders entries newest first whatever order they are written in, ties as written', () => {
    const { entries } = split('## 09:00 A\n\n## 11:00 B\n\n## 10:00 C\n\n## 11:00 D\n');
    expect(newestFirst(entries).map((e) => e.title)).toEqual(['B', 'D', 'C', 'A']);
  });
});

const parse = (fm: string, body = '## 10:00 First\n\nText.\n') =>
  parseArticle('articles/count.md', `---\ntitle: Count\ndate: 2025-03-04T08:00:00Z\nsection: News\nsummary: S.\n${fm}---\n${body}`, { timeZone: 'UTC' });

describe('live coverage in front-matter', () => {
  it('keeps entry times and headings in the record, the latest as the last change, live until `liveEnds`', () => {
    const r = parse('live: true\nliveEnds: 2025-03-05T20:00\n', '## 10:00 First\n\nA.\n\n## 12:30 Second\n\nB.\n').record!;
    expect(r.live).toEqual({
      ends: new Date('2025-03-05T20:00:00Z'), until: new Date('2025-03-05T20:00:00Z'),
      entries: [
        { id: 'entry-20250304-1000', time: new Date('2025-03-04T10:00:00Z'), title: 'First' },
        { id: 'entry-20250304-1230', time: new Date('2025-03-04T12:30:00Z'), title: 'Second' },
      ],
    });
    expect(r.updated).toEqual(new Date('2025-03-04T12:30:00Z'));
    expect(parse('').record!.live).toBeUndefined();
  });

  it('without `liveEnds`, stays live a day after the latest entry', () => {
    expect(parse('live: yes\n').record!.live!.until).toEqual(new Date(Date.parse('2025-03-04T10:00:00Z') + DEFAULT_LIVE_IDLE_HOURS * 3_600_000));
  });

  it('reports bad values and suspicious entries at their lines', () => {
    expect(parse('live: maybe\n').problems.map(formatProblem)).toEqual(['articles/count.md:6 live: expected true or false, got "maybe" (write `live: true`)']);
    expect(parse('live: true\nliveEnds: later\n').problems.map(formatProblem)[0]).toMatch(/^articles\/count\.md:7 liveEnds: expected an ISO date/);
    expect(parse('liveEnds: 2025-03-05\n').problems.map(formatProblem)).toEqual(['articles/count.md:6 liveEnds: has no effect without `live: true`: add it, or remove this field']);
    expect(parse('live: true\n', 'Intro.\n\n## 07:00 Too early\n\n## 24:00 Never\n').problems.map(formatProblem)).toEqual([
      'articles/count.md:12 body: "## 24:00 Never" looks like a live entry but 2025-03-04 24:00 is not a time: write it like `## 14:05 Headline`',
      'articles/count.md:10 body: the entry at 2025-03-04T07:00:00+00:00 is before the article\'s `date`: check its time',
    ]);
    expect(parse('live: true\n', 'Nothing yet.\n').problems.map(formatProblem)).toEqual([
      'articles/count.md:8 body: a live article with no entries yet: start each one with a heading like `## 14:05 What happened`',
    ]);
  });
});

describe('while coverage runs', () => {
  const at = (iso: string) => new Date(iso);
  const live = { until: at('2025-03-05T00:00:00Z'), entries: [{ id: 'entry-20250304-1000', time: at('2025-03-04T10:00:00Z'), title: 'First' }] };
  const { articles } = buildCatalog({ records: [record({ slug: 'count', date: published, live })], authors: [], sections: [], problems: [] });

  it('is live from its date until its end, and never as a draft', () => {
    expect(isLiveNow(articles[0], at('2025-03-04T07:00:00Z'))).toBe(false);
    expect(isLiveNow(articles[0], at('2025-03-04T12:00:00Z'))).toBe(true);
    expect(isLiveNow(articles[0], at('2025-03-05T00:00:00Z'))).toBe(false);
    expect(isLiveNow({ ...articles[0], draft: true }, at('2025-03-04T12:00:00Z'))).toBe(false);
  });

  it('ends the published view when coverage ends, so the badge leaves the pages then', () => {
    expect(nextPublishChange(articles, at('2025-03-04T12:00:00Z'))).toBe(Date.parse('2025-03-05T00:00:00Z'));
  });

  it('is a LiveBlogPosting with its coverage times and entries at their anchors', () => {
    const site = { name: 'N', language: 'en', timezone: 'UTC', url: 'https://news.example' };
    const ld = liveBlogJsonLd(site, articles[0]);
    expect(ld).toMatchObject({
      '@type': 'LiveBlogPosting',
      coverageStartTime: '2025-03-04T08:00:00+00:00',
      coverageEndTime: '2025-03-05T00:00:00+00:00',
      liveBlogUpdate: [{ '@type': 'BlogPosting', headline: 'First', datePublished: '2025-03-04T10:00:00+00:00', url: 'https://news.example/news/count#entry-20250304-1000' }],
    });
  });
});
