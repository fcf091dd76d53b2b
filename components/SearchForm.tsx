import type { SearchRequest } from '@/lib/search/query';
import { MAX_QUERY_LENGTH } from '@/lib/search/limits';

/** The search page's form: query, section, date range and order, all plain GET controls. */
export function SearchForm({ request, sections }: { request: SearchRequest; sections: { slug: string; name: string }[] }) {
  return (
    <form role="search" aria-label="Search and filters" action="/search" method="get" className="search-form">
      <div className="search-form__query">
        <label htmlFor="search-q">Search for</label>
        <input id="search-q" type="search" name="q" defaultValue={request.q} maxLength={MAX_QUERY_LENGTH} />
        <button type="submit">Search</button>
      </div>
      <fieldset className="search-form__filters">
        <legend>Filter and sort</legend>
        <label>
          Section{' '}
          <select name="section" defaultValue={request.section ?? ''}>
            <option value="">All sections</option>
            {sections.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          From <input type="date" name="from" defaultValue={request.from ?? ''} />
        </label>
        <label>
          To <input type="date" name="to" defaultValue={request.to ?? ''} />
        </label>
        <label>
          Sort by{' '}
          <select name="sort" defaultValue={request.sort}>
            <option value="relevance">Relevance</option>
            <option value="newest">Newest first</option>
          </select>
        </label>
      </fieldset>
    </form>
  );
}
