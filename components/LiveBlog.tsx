import type { Article } from '@/lib/content';
import { LIVE_POLL_MS, liveUpdate } from '@/lib/live-update';
import type { Site } from '@/lib/site';
import { LiveEntries } from './LiveEntries';

/** The body of a live article: its introduction, whether coverage still runs, and its entries (newest first). */
export async function LiveBlog({ site, article }: { site: Site; article: Article }) {
  const { intro, update } = await liveUpdate(site, article);
  return (
    <section className="live-blog" aria-label="Live coverage">
      {intro ? <div className="article-body live-blog__intro" dangerouslySetInnerHTML={{ __html: intro }} /> : null}
      <p className="live-blog__status">
        {update.live ? 'Live coverage: new entries appear at the top as they are published.' : 'Live coverage of this story has ended.'}
      </p>
      <LiveEntries slug={article.slug} initial={update} pollMs={LIVE_POLL_MS} />
    </section>
  );
}
