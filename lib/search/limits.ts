/** Queries are cut at this many characters (documented in the README): longer ones add cost, not precision. */
export const MAX_QUERY_LENGTH = 200;

/** How many results a search page lists. */
export const SEARCH_PAGE_SIZE = 20;
