import type { ArchiveYear } from '@/lib/content';
import { formatMonth } from '@/lib/format';

const stories = (n: number) => `${n} ${n === 1 ? 'story' : 'stories'}`;
const twoDigits = (month: number) => String(month).padStart(2, '0');

/** The archive's years, each with its count and links to its months: the `/archive` page body. */
export function ArchiveYears({ years, locale }: { years: ArchiveYear[]; locale: string }) {
  if (!years.length) return <p className="empty">No stories have been published yet.</p>;
  return (
    <ul className="archive-years">
      {years.map((y) => (
        <li key={y.year} className="archive-year">
          <h2 className="archive-year__title">
            <a href={`/archive/${y.year}`}>{y.year}</a> <span className="count">{stories(y.count)}</span>
          </h2>
          <ArchiveMonths year={y} locale={locale} compact />
        </li>
      ))}
    </ul>
  );
}

/** A year's months with their counts, each linking to its month page. */
export function ArchiveMonths({ year, locale, compact = false }: { year: ArchiveYear; locale: string; compact?: boolean }) {
  return (
    <ul className={compact ? 'archive-months archive-months--compact' : 'archive-months'}>
      {year.months.map((m) => (
        <li key={m.month}>
          <a href={`/archive/${year.year}/${twoDigits(m.month)}`}>
            <span>{formatMonth(year.year, m.month, locale, !compact)}</span> <span className="count">{compact ? m.count : stories(m.count)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
