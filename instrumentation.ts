/**
 * Start-up work: begin loading the content index as the server starts, rather than on the first request.
 * Not awaited, so the server listens at once; requests that arrive early wait for the same load. And let
 * the page cache ask which version of the site a cached page shows (lib/content/site-version.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { warmContent } = await import('./lib/content');
  const { warmSearch } = await import('./lib/search');
  const { registerSiteVersion } = await import('./lib/content/site-version');
  registerSiteVersion();
  void warmContent().then(warmSearch);
}
