import { ENGLISH, type Messages } from '@/lib/messages';

/** The URL of page `n` of a listing whose first page is `basePath`. */
export function pageHref(basePath: string, n: number): string {
  return n <= 1 ? basePath : `${basePath === '/' ? '' : basePath}/page/${n}`;
}

/** Crawlable previous/next links for anything paged: a listing (newer/older) or search results. */
export function Pagination({
  page,
  totalPages,
  href,
  t = ENGLISH,
  label = t.pages,
  previous = t.newer,
  next = t.older,
}: {
  page: number;
  totalPages: number;
  href: (page: number) => string;
  t?: Messages;
  label?: string;
  previous?: string;
  next?: string;
}) {
  if (totalPages <= 1) return null;
  return (
    <nav aria-label={label} className="pagination">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          {previous}
        </a>
      ) : (
        <span />
      )}
      <span>{t.pageOf(page, totalPages)}</span>
      {page < totalPages ? (
        <a href={href(page + 1)} rel="next">
          {next}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
