import { isLiveNow, type Article } from '@/lib/content';

/** "Live" before a headline or kicker while the article's live coverage runs; nothing otherwise. */
export function LiveBadge({ article, label = 'Live' }: { article: Article; label?: string }) {
  return article.live && isLiveNow(article, new Date()) ? <span className="live-badge">{label}</span> : null;
}
