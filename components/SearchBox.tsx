import { MAX_QUERY_LENGTH } from '@/lib/search/limits';

/** The masthead's site search: a plain GET form to `/search` that works without JavaScript. */
export function SearchBox() {
  return (
    <form role="search" aria-label="Site search" action="/search" method="get" className="search-box">
      <label htmlFor="site-search-q" className="sr-only">
        Search stories
      </label>
      <input id="site-search-q" type="search" name="q" maxLength={MAX_QUERY_LENGTH} placeholder="Search stories" />
      <button type="submit">Search</button>
    </form>
  );
}
