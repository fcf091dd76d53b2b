import fc from 'fast-check';

const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);

/** Article file names as they turn up on disk: nested, dated, odd characters, names that slug to nothing. */
export const fileName = fc
  .tuple(
    fc.constantFrom('articles/', 'articles/world/', 'articles/a b/'),
    fc.constantFrom('', '2025-03-01-', '2025-02-30-', '1999-12-31-'),
    fc.oneof(word, fc.string({ maxLength: 12 }), fc.constantFrom('___', '!!!', 'Ünïcödé', '..', '-')),
    fc.constantFrom('.md', '.markdown', '.MD'),
  )
  .map(([folder, date, name, ext]) => `${folder}${date}${name.replace(/[/\\\0]/g, '_')}${ext}`);

const scalar = fc.oneof(
  word,
  fc.string({ maxLength: 24 }).map((s) => JSON.stringify(s)),
  fc.string({ maxLength: 24 }).map((s) => `'${s.replace(/'/g, "''")}'`),
  fc.string({ unit: 'binary', maxLength: 16 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom('true', 'false', 'null', '~', 'yes', 'no', '.inf', '-.nan', '0x1F', '0o17', '1e400', '""', "''", '|', '>-'),
  fc.constantFrom('2025-03-01', '2025-03-01T09:30:00+01:00', '2025-02-30', '2025-13-01', '9999-12-31T23:59:59Z', '0000-01-01', '2025-03-01 09:30'),
  fc.constantFrom('/images/a.png', '//evil.example/a.png', '/\\evil.example/a.png', 'javascript:alert(1)', 'https://cdn.example/a.png', '/old/path'),
);

const tag = fc.constantFrom(
  '', '', '', '!!js/function ', '!!js/undefined ', '!!js/regexp ', '!!binary ', '!!str ', '!!int ', '!!float ', '!!bool ', '!!null ',
  '!!timestamp ', '!!set ', '!!omap ', '!!map ', '!!seq ', '!custom ', '!!python/object/apply:os.system ', '!<tag:yaml.org,2002:str> ',
);
const anchor = fc.constantFrom('', '', '&a ', '&b ');

const { value } = fc.letrec<{ value: string; leaf: string; alias: string; flowSeq: string; flowMap: string }>((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, tie('leaf'), tie('alias'), tie('flowSeq'), tie('flowMap')),
  leaf: fc.tuple(anchor, tag, scalar).map(([a, t, s]) => `${a}${t}${s}`),
  alias: fc.constantFrom('*a', '*b', '*missing'),
  flowSeq: fc.tuple(anchor, tag, fc.array(tie('value'), { maxLength: 4 })).map(([a, t, items]) => `${a}${t}[${items.join(', ')}]`),
  flowMap: fc.tuple(anchor, fc.array(fc.tuple(word, tie('value')), { maxLength: 3 }))
    .map(([a, entries]) => `${a}{${entries.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
}));

const key = fc.oneof(
  fc.constantFrom('title', 'date', 'section', 'summary', 'authors', 'author', 'tags', 'keywords', 'image', 'imageAlt', 'imageCaption',
    'draft', 'featured', 'slug', 'aliases', 'related', 'published', 'status', 'categories', 'updated', 'expires', 'lastmod',
    'corrections', 'updates', 'description', '__proto__', 'constructor', 'toString', '"title"', '? title'),
  word,
);
const indent = fc.constantFrom('', '', '', ' ', '  ', '\t', '    ');

const entry = fc.oneof(
  fc.tuple(indent, key, value).map(([i, k, v]) => `${i}${k}: ${v}`),
  fc.tuple(key, anchor, fc.array(value, { minLength: 1, maxLength: 3 }), indent)
    .map(([k, a, items, i]) => `${k}: ${a}\n${items.map((v) => `${i}  - ${v}`).join('\n')}`),
  fc.tuple(key, fc.array(fc.tuple(word, value), { minLength: 1, maxLength: 3 }))
    .map(([k, pairs]) => `${k}:\n${pairs.map(([pk, v]) => `  ${pk}: ${v}`).join('\n')}`),
  fc.constantFrom('<<: *a', '# comment', '', '...', '%YAML 1.1', 'title: &a "Anchored"', 'tags: *a', 'summary: |\n  Line one\n  line two',
    'summary: >\n  folded\n\n  text', 'title: "unterminated', 'date: [2025-03-01]'),
);

const REQUIRED = 'title: Fuzzed headline\ndate: 2025-03-01T09:30:00+01:00\nsection: World\n';

/** A whole article file whose front-matter is generated YAML, half of the time after valid required fields. */
export const yamlFile = fc
  .tuple(fc.constantFrom('', '\uFEFF', '\n\n', ' \n'), fc.boolean(), fc.array(entry, { maxLength: 10 }), fc.string({ maxLength: 80 }))
  .map(([before, required, entries, body]) => `${before}---\n${required ? REQUIRED : ''}${entries.join('\n')}\n---\n${body}`);

const text = fc.oneof(word, fc.string({ minLength: 1, maxLength: 30 }));

/** A file built from the documented fields with plausible but unchecked values. */
export const articleFile = fc
  .record({
    title: text, date: fc.oneof(fc.constantFrom('2025-03-01', '2025-03-01T09:30:00Z', 'tomorrow'), fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toISOString()))),
    section: text, summary: text, tags: fc.array(text, { maxLength: 3 }), authors: fc.array(text, { maxLength: 3 }),
    image: scalar, slug: fc.oneof(word, text), draft: fc.constantFrom('true', 'false', 'maybe'),
    aliases: fc.array(fc.oneof(fc.constant('/old/x'), text), { maxLength: 2 }),
    corrections: fc.array(fc.record({ date: fc.constantFrom('2025-03-02T10:00', 'soon', '2025-03-01'), text }, { requiredKeys: [] }), { maxLength: 2 }),
  }, { requiredKeys: ['title'] })
  .map((fields) => `---\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? JSON.stringify(v) : k === 'image' || k === 'draft' ? v : JSON.stringify(v)}`)
    .join('\n')}\n---\nBody words.`);

const MARKDOWN_TOKENS = [
  '\n', '\n\n', ' ', '# ', '## ', '- ', '* ', '1. ', '> ', '    ', '```', '```html\n', '`', '*', '**', '_', '~~', '[', ']', '(', ')', '![',
  '](', '<', '>', '&', '&#106;', '&colon;', '&#x09;', '|', '|---|', '[^1]', '[^1]: ', '[a]: ', 'javascript:', 'JAVASCRIPT:', 'data:',
  'vbscript:', 'alert(1)', 'https://example.com/', 'www.example.com', 'a@example.com', '<!--', '-->', '<![CDATA[', ']]>', '"', "'",
  '<svg>', '</svg>', '<math>', '<style>', '</style>', '<noscript>', '</noscript>', '<textarea>', '</textarea>', '<template>', '<div>',
  '</div>', '<a href="', '<img src=x ', 'onerror=', '<script>', '</script>', '\0', '\uFEFF', '\u2028', '\t',
];

/** Markdown and HTML fragments and corpus payloads stuck together in any order. */
export function markdownSoup(payloads: string[]) {
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...MARKDOWN_TOKENS) },
    { weight: 2, arbitrary: fc.constantFrom(...payloads) },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  );
  return fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));
}
