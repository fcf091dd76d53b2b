/** The fields that decide whether an article is public. */
export interface PublishFields {
  draft: boolean;
  date: Date;
  expires?: Date;
  /** When the article leaves the breaking-news banner (see breaking.ts). */
  breakingUntil?: Date;
  /** Live coverage: the badge shows until `live.until`. */
  live?: { until: Date };
}

/** Public at `now`: not a draft, its date has come, and it has not expired. */
export function isPublished(article: PublishFields, now: Date): boolean {
  const t = now.getTime();
  return !article.draft && article.date.getTime() <= t && (!article.expires || article.expires.getTime() > t);
}

/**
 * The next instant after `now` at which some article goes live, expires, leaves the breaking-news banner or ends its live coverage, or Infinity:
 * the list of published articles can be reused until then.
 */
export function nextPublishChange(articles: Iterable<PublishFields>, now: Date): number {
  const t = now.getTime();
  let next = Infinity;
  for (const a of articles) {
    if (a.draft) continue;
    const starts = a.date.getTime();
    if (starts > t && starts < next) next = starts;
    const ends = a.expires?.getTime();
    if (ends !== undefined && ends > t && ends < next) next = ends;
    const banner = a.breakingUntil?.getTime();
    if (banner !== undefined && banner > t && banner < next) next = banner;
    const coverage = a.live?.until.getTime();
    if (coverage !== undefined && coverage > t && coverage < next) next = coverage;
  }
  return next;
}

/** Why an article is or is not public at `now`: shown on preview pages. */
export type PublicationStatus = 'published' | 'draft' | 'scheduled' | 'expired';

/** The publication status of an article at `now`. */
export function publicationStatus(article: PublishFields, now: Date): PublicationStatus {
  if (article.draft) return 'draft';
  if (article.date.getTime() > now.getTime()) return 'scheduled';
  if (article.expires && article.expires.getTime() <= now.getTime()) return 'expired';
  return 'published';
}

/** True while an article's live coverage runs: it is live (`live: true`), published, and `live.until` has not come. */
export function isLiveNow(article: PublishFields, now: Date): boolean {
  return !!article.live && article.live.until.getTime() > now.getTime() && isPublished(article, now);
}
