/** Formats an instant for readers in the newsroom's time zone and language, e.g. "24 November 2026, 08:30". */
export function formatDateTime(date: Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(date);
}

/** Formats a calendar date for cards, e.g. "24 Nov 2026". */
export function formatDate(date: Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(date);
}

/** Minutes a reader needs at 230 words a minute, at least one. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 230));
}

/** The name of a calendar month in the site's language, e.g. "January 2025" (or "January" without the year). */
export function formatMonth(year: number, month: number, locale: string, withYear = true): string {
  const options: Intl.DateTimeFormatOptions = withYear ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(new Date(Date.UTC(year, month - 1, 1)));
}
