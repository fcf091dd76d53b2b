import type { Article } from './catalog';

/** A calendar month of the archive (in the site's time zone) with its article count. */
export interface ArchiveMonth {
  year: number;
  /** 1 to 12. */
  month: number;
  count: number;
}

/** A year of the archive: its count and its months with articles, January first. */
export interface ArchiveYear {
  year: number;
  count: number;
  months: ArchiveMonth[];
}

/** The published articles grouped by calendar month: years newest first, each month's articles newest first. */
export interface Archive {
  years: ArchiveYear[];
  byMonth: Map<string, Article[]>;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar year and month (1–12) of an instant on the clocks of `timeZone`. */
export function calendarMonth(date: Date, timeZone: string): { year: number; month: number } {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric' });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month') };
}

const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

/** Groups articles (newest first, as the published view keeps them) by year and month in `timeZone`. */
export function buildArchive(articles: readonly Article[], timeZone: string): Archive {
  const byMonth = new Map<string, Article[]>();
  const counts = new Map<number, Map<number, number>>();
  for (const article of articles) {
    const { year, month } = calendarMonth(article.date, timeZone);
    const key = monthKey(year, month);
    const list = byMonth.get(key);
    if (list) list.push(article);
    else byMonth.set(key, [article]);
    const months = counts.get(year) ?? new Map<number, number>();
    months.set(month, (months.get(month) ?? 0) + 1);
    counts.set(year, months);
  }
  const years = [...counts.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([year, months]) => {
      const list = [...months.entries()].sort((a, b) => a[0] - b[0]).map(([month, count]) => ({ year, month, count }));
      return { year, count: list.reduce((sum, m) => sum + m.count, 0), months: list };
    });
  return { years, byMonth };
}

/** The articles of one month of an archive, newest first (empty when there are none). */
export function archiveMonthArticles(archive: Archive, year: number, month: number): Article[] {
  return archive.byMonth.get(monthKey(year, month)) ?? [];
}

/** The URL of a year's archive, or of one month of it: `/archive/2025`, `/archive/2025/01`. */
export function archivePath(year: number, month?: number): string {
  return month === undefined ? `/archive/${year}` : `/archive/${year}/${String(month).padStart(2, '0')}`;
}

/** The month archive an instant belongs to in `timeZone`, for linking an article's date. */
export function monthArchivePath(date: Date, timeZone: string): string {
  const { year, month } = calendarMonth(date, timeZone);
  return archivePath(year, month);
}

/** Reads a year URL segment: exactly four digits, else undefined. */
export function parseArchiveYear(segment: string): number | undefined {
  return /^\d{4}$/.test(segment) ? Number(segment) : undefined;
}

/** Reads a month URL segment: `01` to `12` (two digits, as the archive writes them), else undefined. */
export function parseArchiveMonth(segment: string): number | undefined {
  return /^(0[1-9]|1[0-2])$/.test(segment) ? Number(segment) : undefined;
}
