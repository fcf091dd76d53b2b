/**
 * Start-up work: begin loading the content index as the server starts, rather than on the first request.
 * Not awaited, so the server listens at once; requests that arrive early wait for the same load. And let
 * the page cache ask whether what a cached page shows has changed (lib/content/page-freshness.ts), and keep the
 * heap near what is alive (lib/heap-growth.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { limitHeapGrowth } = await import('./lib/heap-growth');
  limitHeapGrowth();
  const { warmContent } = await import('./lib/content');
  const { warmSearch } = await import('./lib/search');
  const { registerPageFreshness } = await import('./lib/content/page-freshness');
  registerPageFreshness();
  // The search index opens a second after the content is loaded: opening it holds the thread for half a second at
  // 100,000 articles, and the first readers' pages, waiting on the same load, come first. A search meanwhile opens it.
  void warmContent().then(() => new Promise((resolve) => setTimeout(resolve, 1000).unref())).then(warmSearch);
}
