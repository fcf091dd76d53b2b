/** How many articles a section, tag or author page lists. */
export const PAGE_SIZE = 20;

/** One page of a list, with the numbers its navigation needs. */
export interface Page<T> {
  items: T[];
  page: number;
  totalPages: number;
  total: number;
}

/**
 * Cuts page `page` (1-based) out of `items`. Page 1 always exists, even for an empty list;
 * any other page outside the list gives undefined (the route answers 404).
 */
export function paginate<T>(items: readonly T[], page: number, perPage = PAGE_SIZE): Page<T> | undefined {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined;
  return { items: items.slice((page - 1) * perPage, page * perPage), page, totalPages, total: items.length };
}

/** Reads a page number from a URL segment: only canonical positive integers ("2", not "02" or "2.0"). */
export function parsePageNumber(segment: string): number | undefined {
  return /^[1-9]\d{0,6}$/.test(segment) ? Number(segment) : undefined;
}
