import { bodyWords } from '@/lib/content/terms';

// The plain way of counting, kept here as the reference the one-pass code must agree with.
const splitCount = (plain: string) => plain.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const PLAIN = (markdown: string) =>
  markdown.replace(/```[\s\S]*?```/g, ' ').replace(/<[^<>]+>/g, ' ').replace(/!?\[([^[\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1').replace(/[#>*_`~|[\]-]/g, ' ');

const BODIES = [
  '',
  '   ',
  '— Hello, world! 42 ... —',
  '## Harbour tides\n\nThe **ferry** ran late; [the timetable](https://example.com/t) said 7:40.\n\n- one\n- two',
  'Ærøskøbing’s café — Øresund 2026 «quoted» ١٢٣ 東京 …',
  '```\ncode block words here\n```\nAfter the code, three words.',
  '<aside>inline html</aside> !\u00a0. tab\tseparated\nline\u2028break',
];

describe('word counts and distinctive words from one pass over the body', () => {
  it.each(BODIES)('counts as splitting on spaces did: %j', (body) => {
    expect(bodyWords({ title: 'Harbour ferry timetable', body }).wordCount).toBe(splitCount(PLAIN(body)));
  });

  it('weighs title words above body words, and leaves out stop words and numbers', () => {
    const { terms } = bodyWords({ title: 'Lighthouse keeper', body: 'The harbour harbour and 2026 2026 2026.' });
    expect(terms).toEqual(['keeper', 'lighthouse', 'harbour']);
  });
});
