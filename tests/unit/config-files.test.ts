import { parseSectionsFile, parseSiteFile } from '@/lib/content/config-files';
import { formatProblem } from '@/lib/content/problems';

describe('site.yml', () => {
  it('reads the settings and fills defaults', () => {
    const { config, problems } = parseSiteFile('site.yml', 'name: Daily Example\nurl: https://news.example.com\n');
    expect(problems).toEqual([]);
    expect(config).toMatchObject({ name: 'Daily Example', language: 'en', timezone: 'UTC', url: 'https://news.example.com' });
  });

  it('falls back to defaults and locates each bad setting', () => {
    const { config, problems } = parseSiteFile('site.yml', 'name: X\ntimezone: Mars/Base\nlanguage: english!\n');
    expect(config.timezone).toBe('UTC');
    expect(problems.map(formatProblem)).toEqual([
      'site.yml:3 language: expected a BCP 47 tag like en or en-GB',
      'site.yml:2 timezone: expected an IANA time zone like Europe/London',
    ]);
  });
});

describe('sections.yml', () => {
  it('keeps the order and makes slugs from names', () => {
    const { sections } = parseSectionsFile('sections.yml', '- name: World News\n- name: Arts\n  slug: culture\n  description: D\n');
    expect(sections).toEqual([
      { slug: 'world-news', name: 'World News', description: undefined },
      { slug: 'culture', name: 'Arts', description: 'D' },
    ]);
  });

  it('rejects sections that would take the site’s own paths, and duplicates, with the line', () => {
    const { sections, problems } = parseSectionsFile('sections.yml', '- name: Tags\n- name: World\n- name: Search Results\n  slug: search\n- name: world\n');
    expect(sections.map((s) => s.slug)).toEqual(['world']);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringContaining('sections.yml:1 slug: section "Tags" would live at /tags, which the site uses itself'),
      expect.stringContaining('sections.yml:4 slug: section "Search Results" would live at /search'),
      'sections.yml:5 slug: "world" is listed twice: keep one entry',
    ]);
  });
});
