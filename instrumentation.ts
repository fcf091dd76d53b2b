/**
 * Start-up work: begin loading the content index as the server starts, rather than on the first request.
 * Not awaited, so the server listens at once; requests that arrive early wait for the same load. And let
 * the page cache ask whether what a cached page shows has changed (lib/content/page-freshness.ts), and keep the
 * heap near what is alive (lib/heap-growth.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { warmContent } = await import('./lib/content');
  const { warmSearch } = await import('./lib/search');
  const { registerPageFreshness } = await import('./lib/content/page-freshness');
  const { limitHeapGrowth } = await import('./lib/heap-growth');
  registerPageFreshness();
  // The search index opens a second after the content is loaded: opening it holds the thread for half a second at
  // 100,000 articles, and the first readers' pages, waiting on the same load, come first. A search meanwhile opens it.
  // The heap's growth is bounded once the content is in: while the index loads, V8's own pace is faster (at 100,000
  // articles a restart took 5.0 s with the bound from the start, 4.5 s without).
  void warmContent()
    .then(() => limitHeapGrowth())
    .then(() => new Promise((resolve) => setTimeout(resolve, 1000).unref()))
    .then(warmSearch);
}
