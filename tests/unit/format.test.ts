import { formatDate, formatDateTime, formatMonth } from '@/lib/format';

describe('date formats for readers', () => {
  const instant = new Date('2026-01-01T02:30:00Z');

  it('formats in the site\'s zone and language, each zone and language apart though formatters are reused', () => {
    expect(formatDate(instant, 'en-GB', 'Europe/London')).toBe('1 Jan 2026');
    expect(formatDate(instant, 'en-GB', 'America/New_York')).toBe('31 Dec 2025');
    expect(formatDate(instant, 'en-GB', 'Europe/London')).toBe('1 Jan 2026');
    expect(formatDateTime(instant, 'en-GB', 'Europe/London')).toBe('1 January 2026 at 02:30');
    expect(formatDateTime(instant, 'de', 'Europe/Berlin')).toBe('1. Januar 2026 um 03:30');
    expect(formatMonth(2026, 1, 'fr')).toBe('janvier 2026');
    expect(formatMonth(2026, 1, 'fr', false)).toBe('janvier');
  });
});
