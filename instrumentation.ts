/**
 * Start-up work: begin loading the content index as the server starts, rather than on the first request.
 * Not awaited, so the server listens at once; requests that arrive early wait for the same load. And let
 * the page cache ask whether what a cached page shows has changed (lib/content/page-freshness.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { warmContent } = await import('./lib/content');
  const { warmSearch } = await import('./lib/search');
  const { registerPageFreshness } = await import('./lib/content/page-freshness');
  registerPageFreshness();
  void warmContent().then(warmSearch);
}
