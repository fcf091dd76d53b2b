import type { Article, Section } from './catalog';
import type { PublishedView } from './published-view';

/** What the front page shows. */
export interface FrontPage {
  lead?: Article;
  top: Article[];
  sections: { section: Section; articles: Article[] }[];
  latest: Article[];
}

/**
 * Lays out the front page: the newest featured story leads (else the newest), then top stories,
 * then a block per section with stories not already shown above, and a latest list.
 */
export function composeFrontPage(view: PublishedView, sections: Section[], sizes = { top: 4, perSection: 3, latest: 8 }): FrontPage {
  const lead = view.articles.find((a) => a.featured) ?? view.articles[0];
  const top = view.articles.filter((a) => a !== lead).slice(0, sizes.top);
  const shown = new Set([lead, ...top]);
  return {
    lead,
    top,
    sections: sections
      .map((section) => ({
        section,
        articles: (view.bySection.get(section.slug) ?? []).filter((a) => !shown.has(a)).slice(0, sizes.perSection),
      }))
      .filter((block) => block.articles.length > 0),
    latest: view.articles.slice(0, sizes.latest),
  };
}
