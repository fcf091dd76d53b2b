// Seeded randomness for the synthetic archive: the same seed always gives the same archive.

import { mulberry32, type Rng } from '../lib/seeded-random';

export { mulberry32, type Rng };

/** A whole number in [min, max], both included. */
export function randInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** One element of a non-empty list, uniformly. */
export function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)];
}

/** True with probability p. */
export function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

const TABLE_SIZE = 1 << 16;

/**
 * The items repeated in proportion to their weights over about 65,536 slots, so a weighted draw is one
 * lookup (this matters at tens of millions of words); every item keeps at least one slot.
 */
export function expandByWeight<T>(items: readonly T[], weights: readonly number[]): T[] {
  const total = weights.reduce((a, b) => a + b, 0);
  return items.flatMap((item, i) => Array<T>(Math.max(1, Math.round((weights[i] / total) * TABLE_SIZE))).fill(item));
}

/** Draws indexes 0..weights.length-1 in proportion to their weights. */
export function weightedSampler(weights: readonly number[]): (rng: Rng) => number {
  const table = Uint32Array.from(expandByWeight(weights.map((_, i) => i), weights));
  return (rng) => table[Math.floor(rng() * table.length)];
}

/** Zipf-like draws over n ranks: rank r has weight 1 / (r + offset)^s, so rank 0 is the most common. */
export function zipfSampler(n: number, s = 1, offset = 1): (rng: Rng) => number {
  return weightedSampler(Array.from({ length: n }, (_, r) => 1 / (r + offset) ** s));
}
