import { isPublished, nextPublishChange, publicationStatus } from '@/lib/content/publish';
import { paginate, parsePageNumber } from '@/lib/content/paginate';

const now = new Date('2025-06-01T12:00:00Z');
const at = (iso: string) => new Date(iso);

describe('publication rules', () => {
  it('publishes only non-drafts whose date has come and which have not expired', () => {
    expect(isPublished({ draft: false, date: at('2025-06-01T11:59:59Z') }, now)).toBe(true);
    expect(isPublished({ draft: true, date: at('2025-01-01T00:00:00Z') }, now)).toBe(false);
    expect(isPublished({ draft: false, date: at('2025-06-01T12:00:01Z') }, now)).toBe(false);
    expect(isPublished({ draft: false, date: at('2025-01-01T00:00:00Z'), expires: at('2025-06-01T12:00:00Z') }, now)).toBe(false);
    expect(isPublished({ draft: false, date: at('2025-01-01T00:00:00Z'), expires: at('2025-07-01T00:00:00Z') }, now)).toBe(true);
  });

  it('names the status a preview shows', () => {
    expect(publicationStatus({ draft: true, date: at('2099-01-01T00:00:00Z') }, now)).toBe('draft');
    expect(publicationStatus({ draft: false, date: at('2099-01-01T00:00:00Z') }, now)).toBe('scheduled');
    expect(publicationStatus({ draft: false, date: at('2025-01-01T00:00:00Z'), expires: at('2025-02-01T00:00:00Z') }, now)).toBe('expired');
    expect(publicationStatus({ draft: false, date: at('2025-01-01T00:00:00Z') }, now)).toBe('published');
  });

  it('finds the next instant something goes live or expires, ignoring drafts', () => {
    const next = nextPublishChange(
      [
        { draft: false, date: at('2025-08-01T00:00:00Z') },
        { draft: true, date: at('2025-06-02T00:00:00Z') },
        { draft: false, date: at('2025-01-01T00:00:00Z'), expires: at('2025-07-01T00:00:00Z') },
      ],
      now,
    );
    expect(new Date(next).toISOString()).toBe('2025-07-01T00:00:00.000Z');
    expect(nextPublishChange([], now)).toBe(Infinity);
  });
});

describe('pagination', () => {
  const items = Array.from({ length: 45 }, (_, i) => i);

  it('cuts pages of 20 and counts them', () => {
    expect(paginate(items, 1)).toMatchObject({ page: 1, totalPages: 3, total: 45 });
    expect(paginate(items, 3)!.items).toEqual([40, 41, 42, 43, 44]);
  });

  it('has a first page even when empty, and no page outside the list', () => {
    expect(paginate([], 1)).toMatchObject({ items: [], totalPages: 1 });
    expect(paginate(items, 4)).toBeUndefined();
    expect(paginate(items, 0)).toBeUndefined();
    expect(paginate(items, 1.5)).toBeUndefined();
  });

  it('reads only canonical page numbers from URLs', () => {
    expect(parsePageNumber('2')).toBe(2);
    for (const bad of ['02', '0', '-1', '2.0', 'two', '']) expect(parsePageNumber(bad)).toBeUndefined();
  });
});
