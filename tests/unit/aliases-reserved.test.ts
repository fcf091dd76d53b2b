import { buildCatalog } from '@/lib/content/catalog';
import { parseArticle } from '@/lib/content/parse-article';
import { formatProblem } from '@/lib/content/problems';
import { isReservedPath } from '@/lib/content/reserved';
import { record } from '../helpers/records';

const ctx = { timeZone: 'UTC' };
const withAliases = (aliases: string[]) =>
  parseArticle('articles/news/2025-01-01-story.md', `---\ntitle: A story\ndate: 2025-01-01\nsection: News\nsummary: S.\naliases: [${aliases.join(', ')}]\n---\nBody.\n`, ctx);

// The site's own files and route folders: an alias there would make them a redirect to one article.
const RESERVED = ['/robots.txt', '/feed.xml', '/sitemap.xml', '/atom.xml', '/feed.json', '/news-sitemap.xml', '/opensearch.xml',
  '/favicon.ico', '/icon.svg', '/logo.png', '/', '/news/feed.xml', '/sitemaps/articles-1.xml', '/search', '/tags/rivers',
  '/authors/jo', '/archive/2025', '/api/preview', '/images/a.png', '/og/story', '/_next/static/x.js', '/front-page/latest', '/index-pages/tags', '/ROBOTS.TXT'];

describe('aliases on the site\'s own paths', () => {
  it.each(RESERVED)('%s is reserved', (p) => expect(isReservedPath(p)).toBe(true));

  it.each(['/old/story', '/2019/03/story.html', '/news/old-slug', '/feed/old-wordpress-feed', '/page/about'])('%s is free for an old address', (p) => {
    expect(isReservedPath(p)).toBe(false);
  });

  it('refuses aliases on reserved paths with a file:line warning and keeps the others', () => {
    const { record: parsed, problems } = withAliases(['/robots.txt', '/feed.xml', '/sitemap.xml', '/old/story']);
    expect(parsed?.aliases).toEqual(['/old/story']);
    expect(problems.map(formatProblem)).toEqual(['/robots.txt', '/feed.xml', '/sitemap.xml'].map((p) =>
      expect.stringMatching(new RegExp(`^articles/news/2025-01-01-story\\.md:6 aliases: "${p.replace('.', '\\.')}" is an address the site uses itself`))));
  });

  it('reports both articles that claim one alias, and the alias leads to neither', () => {
    const catalog = buildCatalog({
      records: [record({ slug: 'a', file: 'articles/a.md', aliases: ['/old/x'] }), record({ slug: 'b', file: 'articles/b.md', aliases: ['/old/x/'] }),
        record({ slug: 'c', file: 'articles/c.md', aliases: ['/old/c'] })],
      authors: [], sections: [{ slug: 'news', name: 'News' }], problems: [],
    });
    expect(catalog.byAlias.has('/old/x')).toBe(false);
    expect(catalog.byAlias.get('/old/c')?.slug).toBe('c');
    expect(catalog.problems.map((p) => [p.file, p.field])).toEqual([['articles/a.md', 'aliases'], ['articles/b.md', 'aliases']]);
    expect(catalog.problems[0].message).toMatch(/"\/old\/x" is also an alias of articles\/b\.md/);
  });
});
