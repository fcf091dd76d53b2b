import { hourOf, mostRead, MOST_READ_HOURS, PageViewCounts } from '@/lib/content/page-views';
import { isReaderView } from '@/lib/page-view-filter';

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const PAGE_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const headers = (extra: Record<string, string> = {}) => new Headers({ 'user-agent': CHROME, accept: PAGE_ACCEPT, 'sec-fetch-dest': 'document', ...extra });

describe('which requests are a reader\'s view', () => {
  it('counts a browser opening the page', () => {
    expect(isReaderView('GET', headers(), false)).toBe(true);
    expect(isReaderView('GET', new Headers({ 'user-agent': CHROME, accept: PAGE_ACCEPT }), false)).toBe(true);
  });

  it.each([
    ['Googlebot', { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' }],
    ['a link preview', { 'user-agent': 'facebookexternalhit/1.1' }],
    ['Slack\'s unfurler', { 'user-agent': 'Mozilla/5.0 (compatible; Slackbot-LinkExpanding 1.0)' }],
    ['Lighthouse', { 'user-agent': `${CHROME} Chrome-Lighthouse` }],
    ['headless Chromium', { 'user-agent': CHROME.replace('Chrome/', 'HeadlessChrome/') }],
    ['curl', { 'user-agent': 'curl/8.5.0' }],
    ['no user agent', { 'user-agent': '' }],
    ['a script\'s fetch', { accept: '*/*' }],
    ['a prefetch', { 'sec-purpose': 'prefetch' }],
    ['a prerender', { 'sec-purpose': 'prefetch;prerender' }],
    ['Next\'s router prefetch', { 'next-router-prefetch': '1' }],
    ['a client navigation\'s data request', { rsc: '1' }],
    ['Next revalidating its cache', { 'x-prerender-revalidate': 'abc' }],
    ['a page in an iframe', { 'sec-fetch-dest': 'iframe' }],
  ])('does not count %s', (_name, extra) => {
    expect(isReaderView('GET', headers(extra as Record<string, string>), false)).toBe(false);
  });

  it('does not count a HEAD request or an editor\'s preview', () => {
    expect(isReaderView('HEAD', headers(), false)).toBe(false);
    expect(isReaderView('GET', headers(), true)).toBe(false);
  });
});

describe('page-view counts', () => {
  const now = Date.parse('2025-03-04T12:30:00Z');
  const hoursAgo = (h: number) => now - h * 3_600_000;

  it('sums the views of the last 24 hours per article and forgets older ones', () => {
    const counts = new PageViewCounts([{ hour: hourOf(hoursAgo(MOST_READ_HOURS)), slug: 'old', views: 50 }]);
    counts.record('a', hoursAgo(23));
    counts.record('a', now);
    counts.record('b', now);
    expect(counts.totals(now)).toEqual(new Map([['a', 2], ['b', 1]]));
    expect(counts.totals(hoursAgo(-23))).toEqual(new Map([['a', 1], ['b', 1]]));
  });

  it('hands over the views not yet saved, once', () => {
    const counts = new PageViewCounts();
    counts.record('a', now);
    counts.record('a', now);
    expect(counts.takePending()).toEqual([{ hour: hourOf(now), slug: 'a', views: 2 }]);
    expect(counts.takePending()).toEqual([]);
    expect(counts.totals(now).get('a')).toBe(2);
  });

  it('starts from saved rows, as after a restart', () => {
    const counts = new PageViewCounts([{ hour: hourOf(now), slug: 'a', views: 7 }]);
    counts.record('a', now);
    expect(counts.totals(now).get('a')).toBe(8);
    expect(counts.takePending()).toEqual([{ hour: hourOf(now), slug: 'a', views: 1 }]);
  });
});

describe('the most-read ranking', () => {
  const article = (slug: string, day: number) => ({ slug, date: new Date(Date.UTC(2025, 2, day)) });
  const articles = new Map([['a', article('a', 1)], ['b', article('b', 2)], ['c', article('c', 3)], ['d', article('d', 4)]]);

  it('lists the most viewed public articles first, ties to the newer, at most the limit', () => {
    const totals = new Map([['a', 5], ['b', 9], ['c', 5], ['gone', 99], ['d', 1]]);
    expect(mostRead(totals, 3, (slug) => articles.get(slug)).map((r) => [r.article.slug, r.views])).toEqual([['b', 9], ['c', 5], ['a', 5]]);
  });
});
