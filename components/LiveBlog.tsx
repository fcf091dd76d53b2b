import type { Article } from '@/lib/content';
import { LIVE_POLL_MS, liveUpdate } from '@/lib/live-update';
import type { Site } from '@/lib/site';
import { LiveEntries } from './LiveEntries';
import { ENGLISH, type Messages } from '@/lib/messages';

/** The body of a live article: its introduction, whether coverage still runs, and its entries (newest first). */
export async function LiveBlog({ site, article, t = ENGLISH }: { site: Site; article: Article; t?: Messages }) {
  const { intro, update } = await liveUpdate(site, article);
  return (
    <section className="live-blog" aria-label={t.liveCoverage}>
      {intro ? <div className="article-body live-blog__intro" dangerouslySetInnerHTML={{ __html: intro }} /> : null}
      <p className="live-blog__status">
        {update.live ? t.liveRunning : t.liveEnded}
      </p>
      <LiveEntries slug={article.slug} initial={update} pollMs={LIVE_POLL_MS} newLabels={[t.newEntry, t.newEntries]} />
    </section>
  );
}
