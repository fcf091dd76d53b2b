import { cachedCard, cardHeadline, cardRenderCount, MAX_CACHED_CARDS, MAX_CARD_HEADLINE } from '@/lib/seo/og-card-cache';

const png = (n: number) => async () => new Uint8Array([n]).buffer;

describe('social card cache', () => {
  it('renders a card once per key, and again when what it shows changes', async () => {
    const before = cardRenderCount();
    for (let i = 0; i < 5; i++) expect(new Uint8Array(await cachedCard('story@digest-1', png(1)))[0]).toBe(1);
    expect(cardRenderCount() - before).toBe(1);
    expect(new Uint8Array(await cachedCard('story@digest-2', png(2)))[0]).toBe(2);
    expect(cardRenderCount() - before).toBe(2);
  });

  it('keeps at most MAX_CACHED_CARDS cards, dropping the least recently used, and forgets failed renders', async () => {
    await cachedCard('kept', png(0));
    for (let i = 0; i < MAX_CACHED_CARDS * 2; i++) {
      await cachedCard(`card-${i}`, png(i % 250));
      await cachedCard('kept', png(0)); // In use all along: never pushed out.
    }
    const before = cardRenderCount();
    await cachedCard('kept', png(0));
    await cachedCard(`card-${MAX_CACHED_CARDS * 2 - 1}`, png(0));
    expect(cardRenderCount() - before).toBe(0);
    await cachedCard('card-0', png(0));
    expect(cardRenderCount() - before).toBe(1);
    await expect(cachedCard('broken', async () => { throw new Error('font'); })).rejects.toThrow('font');
    await cachedCard('broken', png(3));
    expect(cardRenderCount() - before).toBe(3);
  });

  it('cuts a long headline for the card at a word, with an ellipsis', () => {
    expect(cardHeadline('Short headline')).toBe('Short headline');
    const cut = cardHeadline('word '.repeat(2000));
    expect([...cut].length).toBeLessThanOrEqual(MAX_CARD_HEADLINE);
    expect(cut).toMatch(/word…$/);
    expect([...cardHeadline('x'.repeat(10_000))].length).toBe(MAX_CARD_HEADLINE);
  });
});
