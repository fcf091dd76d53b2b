import type { SearchPageData } from '@/lib/search';
import { MAX_QUERY_LENGTH, SEARCH_PAGE_SIZE } from '@/lib/search/limits';
import { SearchForm } from './SearchForm';
import { SearchHelp } from './SearchHelp';
import { Pagination } from './Pagination';
import { SearchResults } from './SearchResults';

function describe(data: SearchPageData): string {
  const { request, total, sections } = data;
  const parts = [`${total} ${total === 1 ? 'result' : 'results'}`];
  if (request.q) parts.push(`for “${request.q}”`);
  const section = sections.find((s) => s.slug === request.section);
  if (section) parts.push(`in ${section.name}`);
  if (request.from) parts.push(`from ${request.from}`);
  if (request.to) parts.push(`to ${request.to}`);
  return parts.join(' ');
}

/** The search page: the form, notices about ignored input, then results, the empty state or suggestions. */
export function SearchView({ data, locale, timeZone }: { data: SearchPageData; locale: string; timeZone: string }) {
  const { request, results, total, totalPages } = data;
  const help = { latest: data.latest, sections: data.sections, locale, timeZone, maxLength: MAX_QUERY_LENGTH };
  return (
    <div className="search-page">
      <header className="listing-header">
        <h1>Search</h1>
      </header>
      <SearchForm request={request} sections={data.sections} />
      {request.notices.length ? (
        <ul className="search-notices">
          {request.notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      {!data.searched ? (
        <SearchHelp {...help} />
      ) : (
        <>
          <p className="search-count" id="search-count">
            {describe(data)}
            {total && !data.outOfRange && totalPages > 1 ? ` · page ${request.page} of ${totalPages}` : null}
          </p>
          {data.indexing ? (
            <p className="search-note" role="status" data-search-indexing="">
              {`Search is still indexing the archive (${data.indexing.done.toLocaleString(locale)} of ${data.indexing.total.toLocaleString(locale)} stories so far): some results may be missing. Try again in a moment.`}
            </p>
          ) : null}
          {!data.matchedAll && total ? <p className="search-note">No story has all of these words: these have some of them.</p> : null}
          {data.outOfRange ? (
            <p className="search-note">
              There is no page {request.page}: these results fill {totalPages} {totalPages === 1 ? 'page' : 'pages'}.{' '}
              <a href={data.pageHref(1)}>Go to the first page</a>
            </p>
          ) : null}
          {results.length ? (
            <SearchResults results={results} locale={locale} timeZone={timeZone} start={(request.page - 1) * SEARCH_PAGE_SIZE + 1} />
          ) : null}
          {!data.outOfRange ? <Pagination page={request.page} totalPages={totalPages} href={data.pageHref} label="Result pages" previous="← Previous" next="Next →" /> : null}
          {total === 0 ? (
            <>
              <p className="search-note">Nothing matched. Check the spelling, use fewer words, or widen the filters.</p>
              <SearchHelp {...help} suggestions={data.suggestions} />
            </>
          ) : null}
        </>
      )}
    </div>
  );
}
