import { isLiveNow, type Article } from '@/lib/content';

/** "Live" before a headline or kicker while the article's live coverage runs; nothing otherwise. */
export function LiveBadge({ article }: { article: Article }) {
  return article.live && isLiveNow(article, new Date()) ? <span className="live-badge">Live</span> : null;
}
