const STOPWORDS = new Set(
  ('a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers him his how i if in ' +
    'into is it its itself just me more most my no nor not now of off on once only or other our ours out over own said same she ' +
    'should so some such than that the their theirs them then there these they this those through to too under until up very was ' +
    'we were what when where which while who whom why will with would you your yours year years new one two three last first ' +
    'told says say week month day people time made make many much may might must like get got still since per cent percent')
    .split(' '),
);

// Letters that Unicode does not decompose into a base letter and an accent.
const SPECIAL_LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Folds case and accents: "Café Øresund" becomes "cafe oresund". */
export function foldText(text: string): string {
  // Most text is plain ASCII: lower-casing is all it needs, and decomposing it would cost more than the rest.
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[øæœßłđðþı]/g, (c) => SPECIAL_LETTERS[c]);
}

/** Folds case and accents and splits text into words (letters and digits, any script). */
export function tokenize(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/**
 * Strips Markdown syntax enough to count and weigh the words a reader sees. A tag or link match
 * stops at the next opening bracket, so a body of unclosed `<` or `[a](` stays linear, not quadratic.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^<>]+>/g, ' ')
    .replace(/!?\[([^[\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/[#>*_`~|[\]-]/g, ' ');
}

/**
 * Counts the runs of non-space characters with a letter or digit in them, of text `plainText` gave. One pass of one
 * expression: splitting on spaces and testing each piece took a tenth of the time of parsing a file.
 */
function countPlainWords(plain: string): number {
  const word = /[\p{L}\p{N}]\S*/gu;
  let count = 0;
  while (word.exec(plain)) count++;
  return count;
}

/** The `limit` most frequent content words of an article (title counted three times, summary twice). */
function topTerms(parts: { title: string; summary?: string }, plainBody: string, limit: number): string[] {
  const counts = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const word of tokenize(text)) {
      if (word.length < 3 || STOPWORDS.has(word) || /^\d+$/.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + weight);
    }
  };
  add(parts.title, 3);
  add(parts.summary ?? '', 2);
  add(plainBody, 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([word]) => word);
}

/**
 * An article body's word count and its 30 most frequent content words, kept in the metadata index so related
 * scoring never needs the body; both from one pass of `plainText` over it.
 */
export function bodyWords(parts: { title: string; summary?: string; body: string }): { wordCount: number; terms: string[] } {
  const plain = plainText(parts.body);
  return { wordCount: countPlainWords(plain), terms: topTerms(parts, plain, 30) };
}
