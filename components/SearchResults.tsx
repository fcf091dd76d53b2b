import type { SearchResultView } from '@/lib/search';
import { formatDate } from '@/lib/format';
import { Highlighted } from './Highlighted';

/** The list of search results: section, date, headline, standfirst and a body excerpt, matched words marked. */
export function SearchResults({ results, locale, timeZone, start }: { results: SearchResultView[]; locale: string; timeZone: string; start: number }) {
  return (
    <ol className="search-results" start={start}>
      {results.map((r) => (
        <li key={r.slug} className="search-result">
          <p className="search-result__meta">
            <a href={`/${r.sectionSlug}`} className="kicker">
              {r.sectionName}
            </a>{' '}
            <time dateTime={r.date.toISOString()}>{formatDate(r.date, locale, timeZone)}</time>
          </p>
          <h2 className="search-result__title">
            <a href={r.url}>
              <Highlighted segments={r.title} />
            </a>
          </h2>
          {r.summary ? (
            <p className="search-result__summary">
              <Highlighted segments={r.summary} />
            </p>
          ) : null}
          {r.excerpt ? (
            <p className="search-result__excerpt">
              <Highlighted segments={r.excerpt} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
