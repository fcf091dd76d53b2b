import type { Article, Section } from './catalog';
import type { PublishedView } from './published-view';

/** What the front page shows. */
export interface FrontPage {
  lead?: Article;
  top: Article[];
  sections: { section: Section; articles: Article[] }[];
  latest: Article[];
}

/** The first `count` articles of `list` that pass `keep` (the list is newest first, so the walk stops early). */
function firstOf(list: Article[], count: number, keep: (a: Article) => boolean): Article[] {
  const found: Article[] = [];
  for (const article of list) {
    if (found.length >= count) break;
    if (keep(article)) found.push(article);
  }
  return found;
}

/**
 * Lays out the front page: the newest featured story leads (else the newest), then top stories,
 * then a block per section with stories not already shown above, and a latest list. `edition` is the
 * language edition's articles (default: all); `inEdition` tells whether a section's article belongs to it.
 */
export function composeFrontPage(
  view: PublishedView,
  sections: Section[],
  sizes = { top: 4, perSection: 3, latest: 8 },
  edition: Article[] = view.articles,
  inEdition: (a: Article) => boolean = () => true,
): FrontPage {
  const lead = edition.find((a) => a.featured) ?? edition[0];
  const top = firstOf(edition, sizes.top, (a) => a !== lead);
  const shown = new Set([lead, ...top]);
  return {
    lead,
    top,
    sections: sections
      .map((section) => ({
        section,
        articles: firstOf(view.bySection.get(section.slug) ?? [], sizes.perSection, (a) => !shown.has(a) && inEdition(a)),
      }))
      .filter((block) => block.articles.length > 0),
    latest: edition.slice(0, sizes.latest),
  };
}
