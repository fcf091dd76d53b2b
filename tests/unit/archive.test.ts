import {
  archiveMonthArticles, archivePath, buildArchive, calendarMonth, monthArchivePath, parseArchiveMonth, parseArchiveYear,
} from '@/lib/content/archive';
import { buildCatalog } from '@/lib/content/catalog';
import { record } from '../helpers/records';

const articles = (dates: string[]) =>
  buildCatalog({ records: dates.map((d, i) => record({ slug: `a${i}`, date: new Date(d) })), authors: [], sections: [], problems: [] }).articles;

describe('the archive', () => {
  it('puts an instant in the calendar month of the site’s time zone', () => {
    const newYearsEve = new Date('2024-12-31T23:30:00Z');
    expect(calendarMonth(newYearsEve, 'UTC')).toEqual({ year: 2024, month: 12 });
    expect(calendarMonth(newYearsEve, 'Europe/Berlin')).toEqual({ year: 2025, month: 1 });
    expect(calendarMonth(new Date('2025-03-01T03:00:00Z'), 'America/New_York')).toEqual({ year: 2025, month: 2 });
    expect(monthArchivePath(newYearsEve, 'Europe/Berlin')).toBe('/archive/2025/01');
    expect(monthArchivePath(newYearsEve, 'UTC')).toBe('/archive/2024/12');
  });

  it('groups across a time-zone boundary: years newest first, months in calendar order, counts that add up', () => {
    const list = articles(['2024-12-31T23:30:00Z', '2025-01-15T12:00:00Z', '2024-12-31T22:30:00Z', '2024-03-10T12:00:00Z', '2025-02-28T23:30:00Z']);
    const berlin = buildArchive(list, 'Europe/Berlin');
    expect(berlin.years).toEqual([
      { year: 2025, count: 3, months: [{ year: 2025, month: 1, count: 2 }, { year: 2025, month: 3, count: 1 }] },
      { year: 2024, count: 2, months: [{ year: 2024, month: 3, count: 1 }, { year: 2024, month: 12, count: 1 }] },
    ]);
    expect(archiveMonthArticles(berlin, 2025, 1).map((a) => a.date.toISOString())).toEqual(['2025-01-15T12:00:00.000Z', '2024-12-31T23:30:00.000Z']);
    const utc = buildArchive(list, 'UTC');
    expect(utc.years.map((y) => [y.year, y.count])).toEqual([[2025, 2], [2024, 3]]);
    expect(archiveMonthArticles(utc, 2024, 12)).toHaveLength(2);
    expect(archiveMonthArticles(utc, 2023, 5)).toEqual([]);
    expect(buildArchive([], 'UTC').years).toEqual([]);
  });

  it('reads only canonical year and month segments and writes two-digit months', () => {
    expect(parseArchiveYear('2025')).toBe(2025);
    for (const bad of ['25', '02025', '2025a', '']) expect(parseArchiveYear(bad)).toBeUndefined();
    expect(parseArchiveMonth('01')).toBe(1);
    expect(parseArchiveMonth('12')).toBe(12);
    for (const bad of ['1', '00', '13', '1a', '001']) expect(parseArchiveMonth(bad)).toBeUndefined();
    expect(archivePath(2025)).toBe('/archive/2025');
    expect(archivePath(2025, 3)).toBe('/archive/2025/03');
  });
});
