import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The store reads CONTENT_DIR when it first loads; point it at the fixture newsroom.
process.env.CONTENT_DIR = path.join(__dirname, '../fixtures/newsroom');
// Its file index goes to a folder of its own, not the project's .next/cache.
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-cache-'));
process.env.CONTENT_CACHE_DIR = cacheDir;

import { stopWatching } from '@/lib/content/store';
import { formatProblem, getArticle, getArticleHtml, getArticles, getProblems, getSections, getAuthor, getRedirectTarget } from '@/lib/content';

describe('content store on the fixture newsroom', () => {
  const logged = jest.spyOn(console, 'error').mockImplementation(() => {});

  it('serves valid articles from any nesting, .markdown and CRLF files included', async () => {
    expect((await getArticle('cup-final'))?.sectionSlug).toBe('sport');
    expect((await getArticle('crlf-file'))?.title).toBe('Crlf file');
    expect((await getArticle('full-anatomy'))?.bylines.map((b) => b.id)).toEqual(['jo-bloggs', 'guest-writer']);
  });

  it('keeps drafts, scheduled, expired, broken and duplicate-slug articles out', async () => {
    for (const slug of ['draft', 'scheduled', 'expired', 'broken-date', 'same-slug']) expect(await getArticle(slug)).toBeUndefined();
    const all = await getArticles({ perPage: 1000 });
    expect(all!.items.map((a) => a.slug)).not.toContain('draft');
  });

  it('reports every broken file with file:line and field, and both duplicate slugs', async () => {
    const errors = (await getProblems()).filter((p) => p.severity === 'error').map(formatProblem);
    expect(errors).toEqual(
      expect.arrayContaining([
        'articles/news/2025-01-08-broken-date.md:4 date: expected an ISO date, got "tomorrow" (write 2025-03-01 or 2025-03-01T09:30:00+01:00)',
        expect.stringMatching(/^articles\/news\/2025-01-09-dupe-a\.md:1 slug: "same-slug" is also the slug of articles\/sport\/2025-01-09-dupe-b\.md/),
        expect.stringMatching(/^articles\/sport\/2025-01-09-dupe-b\.md:1 slug: /),
      ]),
    );
    expect(errors).toHaveLength(3);
    expect(logged.mock.calls.map((c) => c[0])).toEqual(errors.map((e) => `content error: ${e}`));
  });

  it('counts published articles per section and paginates', async () => {
    const sections = await getSections();
    expect(sections.map((s) => [s.slug, s.count])).toEqual([['news', 25], ['sport', 2]]);
    expect((await getArticles({ section: 'news', page: 2 }))!.items).toHaveLength(5);
    expect(await getArticles({ section: 'news', page: 3 })).toBeUndefined();
  });

  it('renders bodies safely on demand and resolves authors and aliases', async () => {
    const html = await getArticleHtml((await getArticle('full-anatomy'))!);
    expect(html).toContain('<h2 id="user-content-heading-in-body">');
    expect(html).not.toContain('onmouseover');
    expect((await getAuthor('jo-bloggs'))?.role).toBe('Chief Reporter');
    expect((await getRedirectTarget('/old/full-anatomy-story/'))?.slug).toBe('full-anatomy');
  });
});

afterAll(() => {
  stopWatching();
  fs.rmSync(cacheDir, { recursive: true, force: true });
});
