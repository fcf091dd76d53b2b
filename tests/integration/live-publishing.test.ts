import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type TestServer } from '../helpers/server';
import { within } from '../helpers/poll';

const WINDOW_MS = 5000;
jest.setTimeout(30_000);
const FIXTURE = path.join(__dirname, '..', 'fixtures', 'newsroom');
let server: TestServer;
let dir: string;

const file = (rel: string) => path.join(dir, 'articles', rel);
const write = (rel: string, text: string) => fs.writeFileSync(file(rel), text);
const article = (fields: string, body = 'Body text.') => `---\n${fields.trim()}\n---\n${body}\n`;
async function get(pathname: string, init: RequestInit = {}) {
  const res = await fetch(`${server.url}${pathname}`, { redirect: 'manual', ...init });
  return { status: res.status, headers: res.headers, html: await res.text() };
}
const statusIs = (pathname: string, status: number) => async () => {
  const res = await get(pathname);
  return res.status === status || `HTTP ${res.status}`;
};
const pageHas = (pathname: string, text: string) => async () => {
  const res = await get(pathname);
  return (res.status === 200 && res.html.includes(text)) || `HTTP ${res.status}, text ${res.html.includes(text) ? 'present' : 'absent'}`;
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-live-'));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  server = await startServer(dir, { PREVIEW_SECRET: 'correct horse battery staple' });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('live publishing on a running production server', () => {
  it('publishes a new file on its page, section front, front page, tag and author pages and sidebars within 5 s', async () => {
    write('news/2025-06-01-otter-census.md', article(`
title: "Otter census finds record numbers"
date: 2025-06-01T08:00:00Z
section: News
summary: "Counters found otters on every stretch of the river."
authors: [jo-bloggs]
tags: [Otters, Rivers]`));
    await within(WINDOW_MS, pageHas('/news/otter-census', 'Otter census finds record numbers'));
    for (const listing of ['/news', '/', '/tags/otters', '/authors/jo-bloggs']) {
      await within(WINDOW_MS, pageHas(listing, 'href="/news/otter-census"'));
    }
    write('sport/2025-06-02-otter-mascot.md', article(`
title: "Club names an otter its mascot"
date: 2025-06-02T12:00:00Z
section: Sport
tags: [Otters]`));
    await within(WINDOW_MS, async () => {
      const { html } = await get('/sport/otter-mascot');
      const related = html.slice(html.indexOf('id="related-heading"'), html.indexOf('id="sections-heading"'));
      return related.includes('href="/news/otter-census"') || 'otter census not in related';
    });
  });

  it('puts a breaking story in the banner of every page within 5 s, and takes it down when its time runs out', async () => {
    const pages = ['/', '/sport', '/news/river-story-05', '/tags/rivers'];
    for (const pathname of pages) expect((await get(pathname)).html).not.toContain('aria-label="Breaking news"');
    const until = new Date(Date.now() + 9_000);
    write('news/2025-06-03-weir-gates-fail.md', article(`
title: "Weir gates fail as the river rises"
date: 2025-06-03T07:00:00Z
section: News
breaking: true
breakingUntil: ${until.toISOString()}`));
    const banner = '<aside class="breaking" aria-label="Breaking news"><p><strong class="breaking__label">Breaking</strong> <a href="/news/weir-gates-fail">Weir gates fail as the river rises</a>';
    for (const pathname of pages) await within(WINDOW_MS, pageHas(pathname, banner));
    await new Promise((r) => setTimeout(r, Math.max(0, until.getTime() - Date.now())));
    for (const pathname of pages) {
      await within(WINDOW_MS, async () => !(await get(pathname)).html.includes('aria-label="Breaking news"') || `${pathname} still shows the banner`);
    }
    expect((await get('/news/weir-gates-fail')).status).toBe(200);
  });

  it('runs a live blog: entries newest first, a Live badge while it runs, an update endpoint that answers 304 when nothing changed', async () => {
    const ends = new Date(Date.now() + 15_000);
    const entry = (time: string, text: string) => `## ${time} ${text}\n\n${text} body.\n`;
    const live = (body: string) => article(`
title: "Flood watch, live"
date: 2025-06-04T06:00:00Z
section: News
tags: [Rivers]
live: true
liveEnds: ${ends.toISOString()}`, body);
    write('news/2025-06-04-flood-watch-live.md', live(`Key points.\n\n${entry('07:10', 'Sandbags handed out')}\n${entry('06:30', 'Warning issued')}`));
    await within(WINDOW_MS, pageHas('/news/flood-watch-live', 'Sandbags handed out'));
    const page = (await get('/news/flood-watch-live')).html;
    expect(page.indexOf('id="entry-20250604-0710"')).toBeLessThan(page.indexOf('id="entry-20250604-0630"'));
    expect(page).toContain('"@type":"LiveBlogPosting"');
    expect(page).toMatch(/<span class="live-badge">Live<\/span>/);
    await within(WINDOW_MS, pageHas('/news', '<span class="live-badge">Live</span><a href="/news/flood-watch-live">'));

    const api = await get('/api/live/flood-watch-live');
    const first = JSON.parse(api.html);
    expect(first).toMatchObject({ live: true, entries: [{ id: 'entry-20250604-0710', label: '07:10 AM', title: 'Sandbags handed out' }, { id: 'entry-20250604-0630' }] });
    expect(api.headers.get('etag')).toBe(`"${first.version}"`);
    expect((await get('/api/live/flood-watch-live', { headers: { 'if-none-match': `"${first.version}"` } })).status).toBe(304);
    expect((await get('/api/live/river-story-05')).status).toBe(404);

    write('news/2025-06-04-flood-watch-live.md', live(`Key points.\n\n${entry('08:45', 'Bridge closed')}\n${entry('07:10', 'Sandbags handed out')}\n${entry('06:30', 'Warning issued')}`));
    await within(WINDOW_MS, async () => {
      const res = await get('/api/live/flood-watch-live', { headers: { 'if-none-match': `"${first.version}"` } });
      return (res.status === 200 && JSON.parse(res.html).entries[0].title === 'Bridge closed') || `HTTP ${res.status}`;
    });

    await new Promise((r) => setTimeout(r, Math.max(0, ends.getTime() - Date.now())));
    for (const pathname of ['/news/flood-watch-live', '/news']) {
      await within(WINDOW_MS, async () => !(await get(pathname)).html.includes('class="live-badge"') || `${pathname} still shows the Live badge`);
    }
    expect(JSON.parse((await get('/api/live/flood-watch-live')).html).live).toBe(false);
    expect((await get('/news/flood-watch-live')).html).toContain('Bridge closed');
  }, 45_000);

  it('shows an edit within 5 s', async () => {
    write('news/2025-01-10-river-story-10.md', article(`
title: "River story ten, corrected"
date: 2025-01-10T09:00:00Z
section: News`, 'Corrected body.'));
    await within(WINDOW_MS, pageHas('/news/river-story-10', 'River story ten, corrected'));
    await within(WINDOW_MS, pageHas('/news/river-story-10', 'Corrected body.'));
  });

  it('takes a deleted or newly drafted article down (404) within 5 s', async () => {
    fs.rmSync(file('news/2025-01-11-river-story-11.md'));
    await within(WINDOW_MS, statusIs('/news/river-story-11', 404));
    const drafted = file('news/2025-01-12-river-story-12.md');
    fs.writeFileSync(drafted, fs.readFileSync(drafted, 'utf8').replace('section: News', 'section: News\ndraft: true'));
    await within(WINDOW_MS, statusIs('/news/river-story-12', 404));
    // The section front is a cached page too: it drops the story within the same window.
    await within(WINDOW_MS, async () => !(await get('/news')).html.includes('href="/news/river-story-12"') || 'still listed on /news');
  });

  it('publishes a scheduled article on time and takes an expiring one down, with no file change', async () => {
    const soon = new Date(Date.now() + 3000).toISOString();
    write('news/scheduled-soon.md', article(`title: Goes live soon\ndate: ${soon}\nsection: News`));
    write('news/expires-soon.md', article(`title: Gone soon\ndate: 2025-01-01\nexpires: ${soon}\nsection: News`));
    await within(WINDOW_MS, pageHas('/news/expires-soon', 'Gone soon'));
    expect((await get('/news/scheduled-soon')).status).toBe(404);
    await within(3000 + WINDOW_MS, statusIs('/news/scheduled-soon', 200));
    await within(WINDOW_MS, statusIs('/news/expires-soon', 404));
  });

  it('keeps serving the last good version of a file that breaks, and logs file, line and field', async () => {
    write('news/2025-01-13-river-story-13.md', article(`title: "River story thirteen"\ndate: 2025-01-13\nsection: News`));
    await within(WINDOW_MS, pageHas('/news/river-story-13', 'River story thirteen'));
    write('news/2025-01-13-river-story-13.md', article(`title: "River story thirteen, broken"\ndate: someday\nsection: News`));
    await within(WINDOW_MS, async () => server.output().includes('articles/news/2025-01-13-river-story-13.md:3 date: expected an ISO date, got "someday"'));
    expect((await get('/news/river-story-13')).html).toContain('River story thirteen');
    expect((await get('/news/river-story-13')).html).not.toContain('thirteen, broken');
  });

  it('never serves a broken page while a file is half written', async () => {
    const target = file('news/2025-01-14-river-story-14.md');
    const full = article(`title: "River story fourteen, rewritten"\ndate: 2025-01-14\nsection: News\nsummary: "${'Long standfirst. '.repeat(20)}"`, 'Paragraph. '.repeat(400));
    const statuses = new Set<number>();
    for (let cut = 10; cut < full.length; cut += Math.ceil(full.length / 12)) {
      fs.writeFileSync(target, full.slice(0, cut));
      statuses.add((await get('/news/river-story-14')).status);
    }
    fs.writeFileSync(target, full);
    await within(WINDOW_MS, pageHas('/news/river-story-14', 'River story fourteen, rewritten'));
    expect([...statuses].filter((s) => s >= 500)).toEqual([]);
  });

  it('redirects an article’s old URL permanently after its slug changes', async () => {
    const renamed = file('news/2025-01-15-river-story-15.md');
    fs.writeFileSync(renamed, fs.readFileSync(renamed, 'utf8').replace('section: News', 'section: News\nslug: river-fifteen'));
    await within(WINDOW_MS, statusIs('/news/river-fifteen', 200));
    const old = await get('/news/river-story-15');
    expect([301, 308]).toContain(old.status);
    expect(new URL(old.headers.get('location')!, server.url).pathname).toBe('/news/river-fifteen');
  });
});

describe('draft preview', () => {
  const secret = encodeURIComponent('correct horse battery staple');

  it('refuses without the secret (401) and leaks nothing', async () => {
    for (const query of ['?slug=draft', '?secret=wrong&slug=draft', `?secret=${secret}x&slug=draft`]) {
      const res = await get(`/api/preview${query}`);
      expect(res.status).toBe(401);
      expect(res.html).not.toContain('A draft');
      expect(res.headers.get('set-cookie')).toBeNull();
    }
    expect((await get('/news/draft')).status).toBe(404);
  });

  it('with the secret shows drafts and scheduled articles with a banner, noindex and no shared caching', async () => {
    const enter = await get(`/api/preview?secret=${secret}&slug=draft`);
    expect(enter.status).toBe(307);
    expect(enter.headers.get('location')).toMatch(/\/news\/draft$/);
    const cookie = enter.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    expect(cookie).toContain('__prerender_bypass=');
    for (const [pathname, status] of [['/news/draft', 'it is a draft'], ['/news/scheduled', 'it is scheduled']]) {
      const page = await get(pathname, { headers: { cookie } });
      expect(page.status).toBe(200);
      expect(page.html).toContain('class="preview-banner"');
      expect(page.html).toContain(status);
      expect(page.html).toMatch(/<meta name="robots" content="noindex, nofollow"\/>/);
      expect(page.headers.get('cache-control')).toMatch(/private|no-store/);
      // Editors only, behind the secret: the base policy, which still refuses other origins' script and eval.
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self' 'unsafe-inline'");
    }
    expect((await get('/news/draft')).status).toBe(404);
  });
});
