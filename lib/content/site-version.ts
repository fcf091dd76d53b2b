import { currentState, publishedView } from './store';

// Read by lib/script-hash-cache.mjs, which Next loads outside the app's bundles: the symbol is their contract.
const SITE_VERSION_KEY = Symbol.for('northgate-courier.site-version');

/** A page rendered within this long after the content changed may show either version, so it is not vouched for. */
export const SETTLE_MS = 10_000;

/** What the page cache asks: which version of the site a page shows, and whether that version has settled. */
export interface SiteVersionSource {
  /** The version now (content files, settings and which articles are public), re-checked at most once a second. */
  current(): Promise<string>;
  /** The version the last check saw, when it has held for SETTLE_MS; undefined while it is new. */
  settled(): string | undefined;
}

function createSource(): SiteVersionSource {
  let known: { id: string; since: number } | undefined;
  return {
    async current() {
      await publishedView();
      const state = await currentState();
      const id = `${state.version}:${state.view?.until ?? ''}`;
      if (known?.id !== id) known = { id, since: Date.now() };
      return id;
    },
    settled: () => (known && Date.now() - known.since >= SETTLE_MS ? known.id : undefined),
  };
}

/**
 * Lets Next's page cache (lib/script-hash-cache.mjs) keep serving a cached page while the site it shows has
 * not changed, instead of re-rendering every hot page each second. Registered once per process.
 */
export function registerSiteVersion(): void {
  (globalThis as Record<symbol, SiteVersionSource>)[SITE_VERSION_KEY] ??= createSource();
}
