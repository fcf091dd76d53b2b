import fc from 'fast-check';
import { z } from 'zod';
import { parseArticle } from '@/lib/content/parse-article';
import { FrontMatterError, normaliseText, splitFrontMatter } from '@/lib/content/front-matter';
import { renderMarkdown } from '@/lib/content/markdown';
import { SLUG_PATTERN } from '@/lib/content/slug';
import { XSS_VECTORS } from '../fixtures/xss-vectors';
import { unsafeParts, withoutAttributeValues } from '../helpers/html-safety';
import { articleFile, fileName, markdownSoup, yamlFile } from '../helpers/content-arbitraries';

// A fixed seed makes a failure reproducible; FUZZ_SEED and FUZZ_RUNS explore further. fast-check
// prints the seed and the shrunk counterexample when a property fails.
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_517);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const settings = (numRuns = RUNS) => ({ seed: SEED, numRuns });

const ctx = { timeZone: 'Europe/London', sectionNames: new Map([['world', 'World']]) };
const validDate = z.date().refine((d) => !Number.isNaN(d.getTime()));
const line = z.number().int().min(1);

/** What a parsed record must look like whatever file it came from. */
const recordSchema = z.object({
  file: z.string(), digest: z.string().regex(/^[0-9a-f]{16}$/),
  slug: z.string().regex(SLUG_PATTERN), title: z.string().min(1), summary: z.string().min(1).optional(),
  sectionName: z.string().min(1), sectionSlug: z.string().regex(SLUG_PATTERN),
  authorRefs: z.array(z.string().min(1)), tags: z.array(z.string().min(1)),
  image: z.string().regex(/^(?:\/(?![/\\])|https:\/\/)\S+$/).optional(),
  imageAlt: z.string().min(1).optional(), imageCaption: z.string().min(1).optional(), imageCredit: z.string().min(1).optional(),
  date: validDate, updated: validDate.optional(), expires: validDate.optional(),
  draft: z.boolean(), featured: z.boolean(), breakingUntil: validDate.optional(),
  live: z.strictObject({ ends: validDate.optional(), until: validDate, entries: z.array(z.strictObject({ id: z.string().regex(/^entry-\d{8}-\d{4}(-\d+)?$/), time: validDate, title: z.string() })) }).optional(),
  adFree: z.literal(true).optional(),
  related: z.array(z.string().min(1)), aliases: z.array(z.string().regex(/^\/[^\s?#]*$/)),
  wordCount: z.number().int().min(0), terms: z.array(z.string()),
  corrections: z.array(z.object({ date: validDate, text: z.string().min(1) }).strict()).min(1).optional(),
  updates: z.array(z.object({ date: validDate, text: z.string().min(1) }).strict()).min(1).optional(),
  language: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/), translationOf: z.string().regex(SLUG_PATTERN).optional(),
  lines: z.object({ title: line, image: line, authors: line, tags: line, translationOf: line.optional() }),
}).strict();

let records = 0;

/** parseArticle's contract: no throw; a valid record and no error, or errors located in the file. */
function checkParse(file: string, raw: string) {
  const { record, problems } = parseArticle(file, raw, ctx);
  const lines = normaliseText(raw).split('\n').length;
  for (const p of problems) {
    expect(p.file).toBe(file);
    expect(p.line >= 1 && p.line <= lines && Number.isInteger(p.line)).toBe(true);
    expect(p.message.length).toBeGreaterThan(0);
  }
  const errors = problems.filter((p) => p.severity === 'error');
  if (record) {
    expect(errors).toEqual([]);
    recordSchema.parse(record);
    records++;
  } else {
    expect(errors.length).toBeGreaterThan(0);
  }
}

/** renderMarkdown's contract: no throw, and nothing a browser would run. */
function checkRender(markdown: string) {
  const html = renderMarkdown(markdown);
  expect(typeof html).toBe('string');
  expect(withoutAttributeValues(html)).not.toMatch(/<script/i);
  expect(unsafeParts(html)).toEqual([]);
}

// The YAML library warns on the process about collection keys, which generated YAML writes often.
let quiet: jest.SpyInstance;
beforeAll(() => {
  quiet = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
});
afterAll(() => quiet.mockRestore());

describe('parseArticle under fuzzing', () => {
  afterAll(() => expect(records).toBeGreaterThan(0));

  it('handles arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (raw) => checkParse('articles/x.md', raw)), settings());
  });

  it('handles arbitrary bytes decoded as UTF-8, also inside front-matter', () => {
    const bytes = fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b).toString('utf8'));
    fc.assert(fc.property(bytes, bytes, (a, b) => {
      checkParse('articles/x.md', a);
      checkParse('articles/x.md', `---\ntitle: ${a}\ndate: 2025-03-01\nsection: ${b}\n---\n${b}`);
    }), settings());
  });

  it('handles BOMs, NULs, stray delimiters and line ends in any order', () => {
    const piece = fc.constantFrom('\uFEFF', '\0', '---', '---js', '----', '...', '\n', '\r\n', '\r', ' ', '\t', 'title: T', 'date: 2025-03-01',
      'section: World', 'title: "\0"', '#', 'body text');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => checkParse('articles/x.md', pieces.join(''))), settings());
  });

  it('handles generated YAML front-matter: tags, anchors, aliases, merge keys, odd indentation', () => {
    fc.assert(fc.property(fileName, yamlFile, (file, raw) => checkParse(file, raw)), settings(RUNS * 2));
  });

  it('accepts generated valid articles under any file name, or says why not', () => {
    fc.assert(fc.property(fileName, articleFile, (file, raw) => checkParse(file, raw)), settings());
  });

  it('never evaluates front-matter as code', () => {
    const { problems, record } = parseArticle('articles/x.md', '---js\n{title: (globalThis.__fuzzEval = 1, "T"), date: "2025-03-01", section: "World"}\n---\n', ctx);
    expect((globalThis as { __fuzzEval?: number }).__fuzzEval).toBeUndefined();
    expect(record).toBeUndefined();
    expect(problems[0]).toMatchObject({ line: 1, message: expect.stringMatching(/opening line must be `---` alone/) });
  });
});

const FRONT = '---\ntitle: Big\ndate: 2025-03-01\nsection: World\n---\n';
const MB = 1024 * 1024;
const giant = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

describe('parseArticle on pathological files (each would take minutes if any step were quadratic)', () => {
  it.each([
    ['a 1 MB line of words', FRONT + giant('lorem ipsum ')],
    ['a 1 MB line of <', FRONT + giant('<')],
    ['a 1 MB line of [', FRONT + giant('[')],
    ['a 1 MB line of [a](', FRONT + giant('[a](')],
    ['a 1 MB line of *a', FRONT + giant('*a')],
    ['256 kB of blank lines in front-matter', `---\ntitle: T\n${giant('\n').slice(0, MB / 4)}date: 2025-03-01\nsection: World\n---\n`],
    ['a 1 MB byline of spaces', `---\ntitle: T\ndate: 2025-03-01\nsection: World\nauthor: "a${giant(' ')}b"\n---\n`],
    ['2,000 nested lists', FRONT + '- '.repeat(2000) + 'x'],
    ['2,000 nested quotes', FRONT + '> '.repeat(2000) + 'x'],
    ['2,000 nested YAML flow lists', `---\ntitle: ${'['.repeat(2000)}${']'.repeat(2000)}\n---\n`],
    ['2,000 nested YAML block lists', `---\ntags:\n${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i * 2)}- `).join('\n')}x\n---\n`],
    ['an alias bomb', `---\na: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 8 }, (_, i) => `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`).join('\n')}\ntitle: *i\n---\n`],
  ])('%s', (_name, raw) => {
    checkParse('articles/2025-03-01-big.md', raw);
  }, 20_000);
});

describe('splitFrontMatter under fuzzing', () => {
  it('throws only FrontMatterError, and the body it returns is the end of the file', () => {
    fc.assert(fc.property(fc.oneof(yamlFile, articleFile, fc.string({ unit: 'binary', maxLength: 200 })), (raw) => {
      let split;
      try {
        split = splitFrontMatter(raw);
      } catch (err) {
        expect(err).toBeInstanceOf(FrontMatterError);
        return;
      }
      expect(Object.prototype.toString.call(split.data)).toBe('[object Object]');
      expect(normaliseText(raw).endsWith(split.body)).toBe(true);
      expect(split.bodyLine).toBeGreaterThan(split.openingLine);
    }), settings());
  });
});

describe('renderMarkdown under fuzzing', () => {
  it('handles arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), checkRender), settings());
  });

  it('handles Markdown and HTML soup mixed with the XSS corpus', () => {
    fc.assert(fc.property(markdownSoup(XSS_VECTORS.map((v) => v.payload)), checkRender), settings(RUNS * 2));
  });

  it.each([
    ['a 1 MB line of words', giant('lorem ipsum ')],
    ['2,000 nested lists', '- '.repeat(2000) + '<script>alert(1)</script>'],
    ['2,000 nested quotes', '> '.repeat(2000) + '<img src=x onerror=alert(1)>'],
    ['3,000 nested divs', '<div>'.repeat(3000) + '<script>alert(1)</script>'],
  ])('%s', (_name, markdown) => {
    checkRender(markdown);
  }, 20_000);

  it('still shows the words of a body nested too deeply to render', () => {
    const html = renderMarkdown(`${'<div>'.repeat(5000)}Deep words & <b>more</b>\n\nNext paragraph.`);
    expect(html).toContain('Deep words &amp; &lt;b&gt;more&lt;/b&gt;');
    expect(html).toContain('<p>Next paragraph.</p>');
  });
});
