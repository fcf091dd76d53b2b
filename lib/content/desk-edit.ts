import { Document, isMap, parseDocument } from 'yaml';
import { normaliseText } from './front-matter';

/** The fields the desk's form edits, as the form posts them (text; lists comma-separated). */
export interface DeskFields {
  title: string;
  summary: string;
  section: string;
  authors: string;
  tags: string;
  date: string;
  image: string;
  imageAlt: string;
  imageCaption: string;
  imageCredit: string;
  draft: boolean;
  body: string;
}

/** The form's text fields, in the order the form shows them and the front-matter of a new file lists them. */
export const DESK_TEXT_FIELDS = ['title', 'summary', 'section', 'authors', 'tags', 'date', 'image', 'imageAlt', 'imageCaption', 'imageCredit'] as const;
const LIST_FIELDS = new Set(['authors', 'tags']);

/** An article file's front-matter as an editable YAML document (comments, key order and unknown keys kept) and its body. */
function splitForEdit(raw: string): { doc: Document; body: string } {
  const text = normaliseText(raw);
  const match = /^\s*---[ \t]*\n([\s\S]*?)\n?---[ \t]*(?:\n|$)([\s\S]*)$/.exec(text);
  if (!match) return { doc: new Document({}), body: text };
  const doc = parseDocument(match[1], { uniqueKeys: false });
  return { doc: isMap(doc.contents) && doc.errors.length === 0 ? doc : new Document({}), body: match[2].replace(/^\n/, '') };
}

const asText = (value: unknown): string =>
  value === undefined || value === null ? '' : Array.isArray(value) ? value.map(asText).join(', ') : value instanceof Date ? value.toISOString() : String(value);

/** The form's values for an existing file (empty ones for what it does not set); a file without front-matter gives its text as the body. */
export function fieldsOfFile(raw: string): DeskFields {
  const { doc, body } = splitForEdit(raw);
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const fields = Object.fromEntries(DESK_TEXT_FIELDS.map((key) => [key, asText(data[key])])) as Omit<DeskFields, 'draft' | 'body'>;
  return { ...fields, draft: data.draft === true || data.draft === 'true', body };
}

/**
 * The file text with the form's values written into its front-matter: fields the form does not know, the order of the
 * keys and comments stay as they were; an emptied optional field is removed; new fields are added at the end.
 */
export function applyFields(raw: string | undefined, fields: DeskFields): string {
  const { doc } = splitForEdit(raw ?? '---\n---\n');
  for (const key of DESK_TEXT_FIELDS) {
    const value = fields[key].trim();
    if (!value) {
      doc.delete(key);
      continue;
    }
    if (!LIST_FIELDS.has(key)) {
      doc.set(key, value);
      continue;
    }
    const list = doc.createNode(value.split(',').map((s) => s.trim()).filter(Boolean));
    list.flow = true; // `tags: [Floods, Rivers]`, as editors write lists.
    doc.set(key, list);
  }
  if (fields.draft) doc.set('draft', true);
  else doc.delete('draft');
  const front = doc.toString({ lineWidth: 0 });
  const body = normaliseText(fields.body).replace(/\s+$/, '');
  return `---\n${front}---\n${body}\n`;
}

/** Reads the form's posted values (missing ones empty); lengths are capped so a huge post costs nothing. */
export function fieldsOfForm(form: { get(name: string): unknown }): DeskFields {
  const text = (name: string, max = 2_000) => String(form.get(name) ?? '').slice(0, max);
  const fields = Object.fromEntries(DESK_TEXT_FIELDS.map((key) => [key, text(key).replace(/[\r\n]+/g, ' ')])) as Omit<DeskFields, 'draft' | 'body'>;
  return { ...fields, draft: form.get('status') !== 'publish', body: text('body', 2 * 1024 * 1024) };
}
