import { buildCatalog } from '@/lib/content/catalog';
import { parseArticle } from '@/lib/content/parse-article';
import { isReservedPath } from '@/lib/content/reserved';
import { record } from '../helpers/records';

const build = (records: ReturnType<typeof record>[]) =>
  buildCatalog({ records, authors: [], sections: [{ slug: 'news', name: 'News' }, { slug: 'world', name: 'World' }], problems: [] });

describe('aliases cannot take over the site\'s own addresses', () => {
  it.each(['/%72obots.txt', '/old/../feed.xml', '/./sitemap.xml', '/news/%66eed.xml', '/%zz', '\\robots.txt'])('%s is reserved once decoded as a request is', (p) => {
    expect(isReservedPath(p)).toBe(true);
  });

  it('refuses an alias on another article\'s address, a draft\'s included, with a warning at the aliases line', () => {
    const catalog = build([
      record({ slug: 'a', file: 'articles/a.md', aliases: ['/news/b', '/world/c', '/old/a'], lines: { title: 2, image: 1, authors: 1, tags: 1, aliases: 7 } }),
      record({ slug: 'b', file: 'articles/b.md', draft: true }),
      record({ slug: 'c', file: 'articles/c.md', sectionSlug: 'world', sectionName: 'World' }),
    ]);
    expect([...catalog.byAlias.keys()]).toEqual(['/old/a']);
    expect(catalog.problems.map((p) => [p.file, p.line, p.severity, p.message])).toEqual([
      ['articles/a.md', 7, 'warning', '"/news/b" is the address of articles/b.md: the alias is ignored; remove it'],
      ['articles/a.md', 7, 'warning', '"/world/c" is the address of articles/c.md: the alias is ignored; remove it'],
    ]);
  });

  it('refuses an alias on a section front, and drops an alias that is the article\'s own address silently', () => {
    const catalog = build([record({ slug: 'a', aliases: ['/world', '/news/a/'] })]);
    expect(catalog.byAlias.size).toBe(0);
    expect(catalog.problems.map((p) => p.message)).toEqual(['"/world" is the address of the World section front: the alias is ignored; remove it']);
  });

  it('refuses a Hugo url: that names a route file, from parsing on', () => {
    const { record: parsed, problems } = parseArticle('articles/news/x.md', '---\ntitle: X\ndate: 2025-01-01\nsummary: S\nurl: /feed.xml\n---\nx', { timeZone: 'UTC' });
    expect(parsed?.aliases).toEqual([]);
    expect(problems.map((p) => [p.line, p.field, p.severity])).toEqual([[5, 'url', 'warning']]);
  });
});
