import type { ArticleRecord } from '@/lib/content/parse-article';

/** A valid article record for tests; override what the test is about. */
export function record(overrides: Partial<ArticleRecord> & { slug: string }): ArticleRecord {
  return {
    file: `articles/${overrides.slug}.md`,
    digest: overrides.slug,
    title: overrides.slug,
    sectionName: 'News',
    sectionSlug: 'news',
    authorRefs: [],
    tags: [],
    date: new Date('2025-01-01T00:00:00Z'),
    draft: false,
    featured: false,
    related: [],
    aliases: [],
    wordCount: 100,
    terms: [],
    language: 'en-GB',
    lines: { title: 2, image: 1, authors: 1, tags: 1 },
    ...overrides,
  };
}
