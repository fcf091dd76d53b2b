
/** The URL of page `n` of a listing whose first page is `basePath`. */
export function pageHref(basePath: string, n: number): string {
  return n <= 1 ? basePath : `${basePath === '/' ? '' : basePath}/page/${n}`;
}

/** Crawlable previous/next links for a paginated listing. */
export function Pagination({ basePath, page, totalPages }: { basePath: string; page: number; totalPages: number }) {
  if (totalPages <= 1) return null;
  return (
    <nav aria-label="Pages" className="pagination">
      {page > 1 ? (
        <a href={pageHref(basePath, page - 1)} rel="prev">
          ← Newer
        </a>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <a href={pageHref(basePath, page + 1)} rel="next">
          Older →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
