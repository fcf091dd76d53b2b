/**
 * The edit distance between `a` and `b` (insertions, deletions, substitutions), or `max + 1` as soon as
 * it must exceed `max`: typo candidates are checked by the hundred, and most are far off.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current.push(value);
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}

/** The distinct three-letter runs of a word: what a typo candidate must share some of. */
export function trigrams(word: string): string[] {
  const runs = new Set<string>();
  const letters = Array.from(word);
  for (let i = 0; i + 3 <= letters.length; i++) runs.add(letters.slice(i, i + 3).join(''));
  return [...runs];
}

/** How many typos a query word forgives: one from 5 letters, two from 8 (the README's promise). */
export const typoAllowance = (term: string) => (term.length >= 8 ? 2 : term.length >= 5 ? 1 : 0);

/** How far a "Did you mean" suggestion may be from a word of 4+ letters: 40% of its length, at most 3. */
export const suggestionAllowance = (term: string) => (term.length >= 4 ? Math.min(3, Math.round(term.length * 0.4)) : 0);
