import { applyFields, fieldsOfFile, fieldsOfForm } from '@/lib/content/desk-edit';
import { parseArticle } from '@/lib/content/parse-article';

const EXISTING = `---
# Filed from the Lowfield bureau
title: "Old headline"
date: 2025-03-01T09:30:00+01:00
section: World
x-legacy-id: 4471
tags: [Floods, Rivers]
draft: true
---
First paragraph.
`;

describe('desk editing of article files', () => {
  it('reads a file into the form’s fields', () => {
    expect(fieldsOfFile(EXISTING)).toMatchObject({ title: 'Old headline', section: 'World', tags: 'Floods, Rivers', draft: true, body: 'First paragraph.\n', summary: '' });
  });

  it('writes the form back keeping unknown keys, comments and key order, removing emptied fields, adding new ones at the end', () => {
    const fields = { ...fieldsOfFile(EXISTING), title: 'New headline: "quoted"', tags: '', summary: 'A standfirst.', draft: false, body: 'Changed body.' };
    const text = applyFields(EXISTING, fields);
    expect(text).toBe(`---
# Filed from the Lowfield bureau
title: "New headline: \\"quoted\\""
date: 2025-03-01T09:30:00+01:00
section: World
x-legacy-id: 4471
summary: A standfirst.
---
Changed body.
`);
    const { record, problems } = parseArticle('articles/world/x.md', text, { timeZone: 'Europe/London' });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(record).toMatchObject({ title: 'New headline: "quoted"', summary: 'A standfirst.', draft: false, tags: [] });
  });

  it('writes a new file from the form alone, as a draft unless published', () => {
    const form = new Map<string, string>([['title', 'Storm'], ['date', '2025-03-01T09:30'], ['section', 'World'], ['authors', 'ana, Bo Lind'], ['body', 'Text.\r\nMore.']]);
    const text = applyFields(undefined, fieldsOfForm(form));
    expect(text).toBe('---\ntitle: Storm\nsection: World\nauthors: [ ana, Bo Lind ]\ndate: 2025-03-01T09:30\ndraft: true\n---\nText.\nMore.\n');
    expect(fieldsOfForm(new Map([['status', 'publish']])).draft).toBe(false);
  });

  it('cannot be made to write YAML or front-matter through a field: every value stays one scalar', () => {
    const hostile = { ...fieldsOfFile(EXISTING), title: 'x\n---\ndraft: false', section: 'World\ndraft: false', summary: '"]: {a: b}' };
    const { record } = parseArticle('articles/world/x.md', applyFields(EXISTING, fieldsOfForm(new Map(Object.entries({ ...hostile, status: 'draft' })))), { timeZone: 'UTC' });
    expect(record).toMatchObject({ title: 'x --- draft: false', draft: true, summary: '"]: {a: b}' });
  });
});
