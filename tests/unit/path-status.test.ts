import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The store reads CONTENT_DIR when it first loads; point it at the fixture newsroom.
process.env.CONTENT_DIR = path.join(__dirname, '../fixtures/newsroom');
// Its file index goes to a folder of its own, not the project's .next/cache.
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-cache-'));
process.env.CONTENT_CACHE_DIR = cacheDir;

import { getArticles, getSections } from '@/lib/content';
import { pathStatus } from '@/lib/path-status';
import { stopWatching } from '@/lib/content/store';

describe('pathStatus: what the proxy answers before a page renders', () => {
  jest.spyOn(console, 'error').mockImplementation(() => {});

  it.each([
    '/news', '/news/page/2', '/news/full-anatomy', '/tags/rivers', '/tags/rivers/page/2', '/authors/jo-bloggs',
    '/archive', '/archive/2025', '/archive/2025/01', '/archive/2025/01/page/2', '/tags', '/search', '/corrections',
    // Route files and Next's own paths are left to their routes.
    '/feed.xml', '/news/feed.xml', '/robots.txt', '/sitemaps/articles-1.xml', '/sitemaps/x', '/_next/static/x.js',
  ])('%s is a page', async (p) => {
    expect(await pathStatus(p)).toEqual({ kind: 'page' });
  });

  it.each([
    ['/news/page/1', '/news'],
    ['/sport/full-anatomy', '/news/full-anatomy'],
    ['/old/full-anatomy-story', '/news/full-anatomy'],
    ['/2019/03/full-anatomy.html', '/news/full-anatomy'],
    ['/tags/rivers/page/1', '/tags/rivers'],
    ['/archive/2025/01/page/1', '/archive/2025/01'],
    ['/corrections/page/1', '/corrections'],
  ])('%s redirects to %s', async (p, to) => {
    expect(await pathStatus(p)).toEqual({ kind: 'redirect', to });
  });

  it.each([
    '/nowhere', '/News', '/news/no-such-story', '/news/draft', '/news/scheduled', '/news/same-slug', '/news/page/3',
    '/news/page/02', '/a/b/c/d', '/tags/nothing', '/tags/nothing/page/1', '/tags/rivers/page/99', '/tags/rivers/x',
    '/authors/nobody', '/authors', '/search/x', '/feed', '/rss/news', '/page/2', '/archive/2024', '/archive/2025/13', '/archive/25', '/archive/2025/01/x', '/..%2f..%2fetc/passwd',
    '/corrections/page/2', '/corrections/x', '/corrections/page/02',
    // `page/1` of something that is not a section: never a redirect built from the segment (`//evil.example`).
    '/%2Fevil.example/page/1', '/%5Cevil.example/page/1', '/archive/2025/%2F%2Fevil.example/page/1',
    // Escapes that decode to no text, in every kind of path (Next would answer them with a 500).
    // A name with an extension that no route file has: each would be rendered and cached under its own path.
    '/no-such-file.txt', '/news/no-such-story.html', '/news/full-anatomy/x.png', '/wp-login.php', '/news/feed.rss',
    '/world/%ff%fe%fd', '/%', '/news/%zz', '/tags/%c0%af', '/images/%ff.png', '/og/%e0%80%af', '/api/preview/%', '/front-page/%ed%a0%80',
  ])('%s is missing', async (p) => {
    expect(await pathStatus(p)).toEqual({ kind: 'missing' });
  });

  it('knows every route file in app/, and each is a page', async () => {
    const app = path.join(__dirname, '../../app');
    const files = fs.readdirSync(app).filter((name) => /^[a-z][\w-]*\.[a-z]+$/.test(name))
      .map((name) => (fs.statSync(path.join(app, name)).isDirectory() ? name : name.replace(/\.tsx?$/, '.txt')))
      .filter((name) => !/^(layout|not-found|page)\.txt$|\.css$/.test(name));
    expect(files.length).toBeGreaterThan(8);
    for (const name of files) expect({ name, status: await pathStatus(`/${name}`) }).toEqual({ name, status: { kind: 'page' } });
    const sectionFolder = path.join(app, '[section]');
    for (const name of fs.readdirSync(sectionFolder).filter((n) => n.includes('.') && fs.statSync(path.join(sectionFolder, n)).isDirectory())) {
      expect({ name, status: await pathStatus(`/news/${name}`) }).toEqual({ name, status: { kind: 'page' } });
    }
  });

  it('leaves unpublished articles to the article route in preview, and nothing else', async () => {
    expect(await pathStatus('/news/draft', { preview: true })).toEqual({ kind: 'page' });
    expect(await pathStatus('/nowhere', { preview: true })).toEqual({ kind: 'missing' });
  });

  it('never hides a published article or a section front', async () => {
    const articles = (await getArticles({ perPage: 10_000 }))!.items;
    const sections = (await getSections()).filter((s) => s.count > 0);
    expect(articles.length).toBeGreaterThan(20);
    for (const url of [...articles.map((a) => a.url), ...sections.map((s) => `/${s.slug}`)]) {
      expect({ url, status: await pathStatus(url) }).toEqual({ url, status: { kind: 'page' } });
    }
  });
});

afterAll(() => {
  stopWatching();
  fs.rmSync(cacheDir, { recursive: true, force: true });
});
