// Prose for the synthetic archive: sentences of Zipf-distributed words and Markdown bodies built from them.
import { slugify } from '../lib/content/slug';
import type { AuthorPlan } from './archive-text';
import { chance, expandByWeight, pick, randInt, type Rng } from './archive-random';
import * as W from './archive-words';

const VOCAB = [...W.FUNCTION_WORDS, ...W.CONTENT_WORDS];
// Zipf proportions: the rank-r word fills about 1/(r + 2.7) of the table.
const WORD_TABLE = expandByWeight(VOCAB, VOCAB.map((_, r) => 1 / (r + 2.7)));
const PLACES = W.PLACES;
/** Content words that read as nouns in headlines and captions. */
export const NOUNS = W.CONTENT_WORDS.slice(0, W.CONTENT_WORDS.indexOf('increase'));

/** The text with its first letter upper-cased. */
export const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A number as news copy writes it: "240" or "1.5 million". */
export function numberWord(rng: Rng): string {
  return chance(rng, 0.7) ? String(randInt(rng, 2, 950)) : `${randInt(rng, 1, 9)}.${randInt(rng, 1, 9)} million`;
}

/** How many words `sentence` has written so far: bodies count their length without splitting text again. */
let wordsWritten = 0;

/** One sentence of news-like prose: Zipf-distributed words, some places, numbers and commas. */
export function sentence(rng: Rng, min: number, max: number): string {
  const n = randInt(rng, min, max);
  wordsWritten += n;
  const size = WORD_TABLE.length;
  // Joined from an array, the sentence is one flat string; concatenation would leave a rope that every later join
  // (a pooled sentence is joined into ~100 bodies) walks again, which made bodies five times slower.
  const words = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const r = rng();
    const word = r < 0.03 ? PLACES[(rng() * PLACES.length) | 0] : r < 0.04 ? numberWord(rng) : WORD_TABLE[(rng() * size) | 0];
    words[i] = i > 2 && i < n - 2 && r > 0.94 ? `${word},` : word;
  }
  words[0] = capital(words[0]);
  words[n - 1] += '.';
  return words.join(' ');
}

/** Prose made once per archive: bodies draw whole sentences from it, one draw per sentence instead of per word. */
export interface SentencePool { text: string[]; words: Uint8Array }

/** `size` sentences of 8 to 28 words, with their word counts. */
export function sentencePool(rng: Rng, size = 1 << 16): SentencePool {
  const text: string[] = [];
  const words = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    const before = wordsWritten;
    text.push(sentence(rng, 8, 28));
    words[i] = wordsWritten - before;
  }
  return { text, words };
}

/** A Markdown body of about `words` words: paragraphs drawn from `pool`, subheads, a list, a quote and links. */
export function body(rng: Rng, words: number, pool: SentencePool, linkTargets: readonly string[], people: readonly AuthorPlan[]): string {
  const blocks: string[] = [];
  const start = wordsWritten;
  let sinceHead = 0;
  let quoted = false;
  const listed = chance(rng, 0.2);
  while (wordsWritten - start < words) {
    if (blocks.length >= 3 && sinceHead >= 3 && chance(rng, 0.3)) {
      blocks.push(`## ${sentence(rng, 3, 6).slice(0, -1)}`);
      sinceHead = 0;
    }
    const sentences: string[] = [];
    for (let s = randInt(rng, 2, 5); s > 0; s--) {
      const k = Math.floor(rng() * pool.text.length);
      sentences.push(pool.text[k]);
      wordsWritten += pool.words[k];
    }
    let paragraph = sentences.join(' ');
    if (chance(rng, 0.25)) paragraph += ` ${link(rng, linkTargets)}.`;
    if (chance(rng, 0.05)) paragraph = `*${paragraph}*`;
    blocks.push(paragraph);
    sinceHead++;
    if (!quoted && blocks.length > 2 && chance(rng, 0.2)) {
      const person = pick(rng, people);
      blocks.push(`> "${sentence(rng, 10, 30)}"\n> — ${person.name}, ${person.role.toLowerCase()} in ${pick(rng, W.PLACES)}`);
      quoted = true;
    }
    if (listed && blocks.length === 5) {
      const items = Array.from({ length: randInt(rng, 3, 5) }, () => `- ${sentence(rng, 4, 12)}`);
      blocks.push(items.join('\n'));
    }
  }
  return `${blocks.join('\n\n')}\n`;
}

function link(rng: Rng, targets: readonly string[]): string {
  const words = sentence(rng, 3, 6).slice(0, -1);
  const url = targets.length && chance(rng, 0.7)
    ? pick(rng, targets)
    : `https://www.example.org/${slugify(pick(rng, NOUNS))}/${slugify(pick(rng, NOUNS))}-${randInt(rng, 1, 999)}`;
  return `See [${words.charAt(0).toLowerCase()}${words.slice(1)}](${url})`;
}
