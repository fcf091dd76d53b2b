import { evaluateRelated, evaluateSynthetic, generateCorpus, publishCorpus } from '@/lib/content/related-eval';

describe('the related-articles evaluation', () => {
  it('generates the same corpus for the same seed, with every article parsing', () => {
    const a = generateCorpus({ articles: 60, seed: 7 });
    expect(generateCorpus({ articles: 60, seed: 7 })).toEqual(a);
    expect(generateCorpus({ articles: 60, seed: 8 })).not.toEqual(a);
    const { view, clusterOf } = publishCorpus(a);
    expect(view.articles).toHaveLength(60);
    expect(new Set(clusterOf.values()).size).toBe(2);
  });

  it('scores the sidebar at precision@5 ≥ 0.9 with every list full on 300 articles', () => {
    const metrics = evaluateSynthetic({ articles: 300 });
    expect(metrics.articles).toBe(300);
    expect(metrics.precision).toBeGreaterThanOrEqual(0.9);
    expect(metrics.coverage).toBe(1);
    expect(metrics.emptyLists).toBe(0);
    expect(metrics.diversity).toBeGreaterThan(0.5);
  });

  it('counts a list from the wrong clusters as imprecise', () => {
    const { view, clusterOf } = publishCorpus(generateCorpus({ articles: 100, clusterSize: 25 }));
    const scrambled = new Map([...clusterOf.keys()].map((slug, i) => [slug, i]));
    expect(evaluateRelated(view, scrambled).precision).toBe(0);
    expect(evaluateRelated(view, clusterOf).precision).toBeGreaterThan(0.9);
  });
});
