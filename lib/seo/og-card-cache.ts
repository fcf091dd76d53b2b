/** Social cards kept in memory, newest use last; at about 60 KB each, a few MB in all. */
export const MAX_CACHED_CARDS = 200;
/** Headlines longer than this are cut with an ellipsis on the card: it fits about three lines. */
export const MAX_CARD_HEADLINE = 140;

const cards = new Map<string, Promise<ArrayBuffer>>();
let renders = 0;

/** The headline as drawn on a card: cut at a word boundary with `…` when over MAX_CARD_HEADLINE characters. */
export function cardHeadline(headline: string): string {
  const chars = [...headline];
  if (chars.length <= MAX_CARD_HEADLINE) return headline;
  const cut = chars.slice(0, MAX_CARD_HEADLINE - 1).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length > MAX_CARD_HEADLINE / 2 ? atWord : cut).trimEnd()}…`;
}

/**
 * The card for `key` (which names everything drawn on it: the article's digest, the site's name), rendered
 * once and then served from memory until MAX_CACHED_CARDS newer ones push it out. A failed render is not kept.
 */
export function cachedCard(key: string, render: () => Promise<ArrayBuffer>): Promise<ArrayBuffer> {
  const found = cards.get(key);
  if (found) {
    cards.delete(key);
    cards.set(key, found);
    return found;
  }
  renders++;
  const card = render();
  cards.set(key, card);
  card.catch(() => cards.delete(key));
  while (cards.size > MAX_CACHED_CARDS) cards.delete(cards.keys().next().value!);
  return card;
}

/** How many cards were rendered since start (for tests and the benchmark). */
export const cardRenderCount = () => renders;
