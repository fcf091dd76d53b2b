import { LISTS_TAG, articleSlugOf, pageTags } from './page-tags';
import { relatedFor } from './related';
import { changeLog, currentState, publishedView } from './store';

// Read by lib/script-hash-cache.mjs, which Next loads outside the app's bundles: the symbol is their contract.
const PAGE_FRESHNESS_KEY = Symbol.for('northgate-courier.page-freshness');

/** A page rendered within this long after a change may show either side of it, so the change counts as after it. */
export const SETTLE_MS = 10_000;

/** What a cached page was rendered from: the last change it certainly shows, and the tags of what it shows. */
export interface PageStamp {
  seq: number;
  tags: string[];
  /** An article page's own slug, and the related articles it lists (undefined when that list is not known). */
  slug?: string;
  related?: string;
  /** True when the page was rendered with the ad server adapter on (site.yml `ads.network`). */
  adServer?: boolean;
}

/** What the page cache asks of the content index (lib/script-hash-cache.mjs). */
export interface PageFreshnessSource {
  /** Stamps a page just rendered at `pathname`, linking to `linkedPaths`; undefined when the content cannot be read. */
  stamp(pathname: string, linkedPaths: string[]): Promise<PageStamp | undefined>;
  /** True while nothing the stamped page shows has changed (re-checked against the index at most once a second). */
  isFresh(stamp: PageStamp): Promise<boolean>;
}

/** The slugs of an article's related list now, as one string. */
async function relatedNow(slug: string): Promise<string | undefined> {
  const [state, view] = await Promise.all([currentState(), publishedView()]);
  const article = view.bySlug.get(slug);
  return article && relatedFor(article, view, state.site.relatedCount).map((a) => a.slug).join(' ');
}

/** The page stamps and checks, over the content index's change log (lib/content/change-log.ts). */
export function createPageFreshness(): PageFreshnessSource {
  return {
    async stamp(pathname, linkedPaths) {
      const view = await publishedView();
      const log = changeLog();
      const seq = log.seqAt(Date.now() - SETTLE_MS);
      const slug = articleSlugOf(pathname);
      const tags = pageTags(pathname, linkedPaths, (s) => view.bySlug.get(s));
      // Related lists are scored over the whole archive, so they are compared, not tagged; only a list known
      // to be the one the page shows can be compared.
      const related = slug && seq === log.seq ? await relatedNow(slug) : undefined;
      return { seq, tags, slug, related, adServer: Boolean((await currentState()).site.ads?.network) };
    },
    async isFresh(stamp) {
      await currentState();
      await publishedView();
      const log = changeLog();
      if (stamp.seq === log.seq) return true;
      if (log.changedSince(stamp.tags, stamp.seq)) return false;
      if (stamp.slug && log.changedSince([LISTS_TAG], stamp.seq)) {
        if (stamp.related === undefined || stamp.related !== (await relatedNow(stamp.slug))) return false;
      }
      stamp.seq = log.seq; // Checked up to now: the next request need not look at these changes again.
      return true;
    },
  };
}

/**
 * Lets Next's page cache (lib/script-hash-cache.mjs) keep serving a cached page until something it shows
 * changes, instead of re-rendering every hot page each second. Registered once per process.
 */
export function registerPageFreshness(): void {
  (globalThis as Record<symbol, PageFreshnessSource>)[PAGE_FRESHNESS_KEY] ??= createPageFreshness();
}
