import { parseIsoDate, isValidTimeZone } from '@/lib/content/dates';
import { parseFileName, slugify } from '@/lib/content/slug';

describe('parseIsoDate', () => {
  it('keeps an explicit zone or offset', () => {
    expect(parseIsoDate('2025-03-01T09:30:00Z', 'Asia/Tokyo')!.toISOString()).toBe('2025-03-01T09:30:00.000Z');
    expect(parseIsoDate('2025-03-01T09:30:00+01:00', 'UTC')!.toISOString()).toBe('2025-03-01T08:30:00.000Z');
    expect(parseIsoDate('2025-03-01T09:30-0500', 'UTC')!.toISOString()).toBe('2025-03-01T14:30:00.000Z');
  });

  it('reads a date or date-time without zone as wall-clock time in the site zone, daylight saving included', () => {
    expect(parseIsoDate('2025-01-15', 'Europe/Berlin')!.toISOString()).toBe('2025-01-14T23:00:00.000Z');
    expect(parseIsoDate('2025-07-15 12:00', 'Europe/Berlin')!.toISOString()).toBe('2025-07-15T10:00:00.000Z');
    expect(parseIsoDate('2025-07-15T12:00:00', 'America/New_York')!.toISOString()).toBe('2025-07-15T16:00:00.000Z');
  });

  it('refuses what is not an ISO date, and impossible dates', () => {
    for (const bad of ['tomorrow', '31/12/2025', '2025-02-30', '2025-13-01', '2025-01-01T25:00', '']) {
      expect(parseIsoDate(bad, 'UTC')).toBeUndefined();
    }
  });

  it('knows IANA zones', () => {
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('slugs', () => {
  it('slugifies names with accents, ampersands and punctuation', () => {
    expect(slugify('Café & Culture!')).toBe('cafe-and-culture');
    expect(slugify('  Zürich -- Öl  ')).toBe('zurich-ol');
  });

  it('takes the slug from the file name without its date prefix and extension', () => {
    expect(parseFileName('2025-03-01-storm-hits.md')).toEqual({ slug: 'storm-hits', datePrefix: '2025-03-01' });
    expect(parseFileName('Storm Hits.markdown')).toEqual({ slug: 'storm-hits' });
  });
});
