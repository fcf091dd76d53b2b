const EXPLAIN: Record<string, string> = {
  published: 'it is published: readers see this page too.',
  draft: 'it is a draft: readers cannot see it until `draft: true` is removed.',
  scheduled: 'it is scheduled: readers will see it from its publication date.',
  expired: 'it has expired: readers no longer see it.',
};

/** The visible banner on preview pages: the article's status, and the way out of preview mode. */
export function PreviewBanner({ status }: { status: string }) {
  return (
    <div className="preview-banner" role="status">
      <strong>Preview</strong> · {EXPLAIN[status] ?? status} <a href="/api/preview/exit">Leave preview</a>
    </div>
  );
}
