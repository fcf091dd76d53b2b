import { DESK_TEXT_FIELDS, type DeskFields } from '../content/desk-edit';
import { deskDocument, escapeHtml as e } from './desk-html';
import { DESK_PATH } from './desk-pages';
import type { DeskUser } from './users';

type Site = { name: string; language: string };

/** What the editor shows: the form's values, where they came from, and what to say about them. */
export interface EditorView {
  file?: string;
  digest?: string;
  fields: DeskFields;
  /** Problems by form field (`body` and `file` for the rest), from the same checks the site runs. */
  errors: Record<string, string[]>;
  /** The body rendered by the site's own pipeline, when the editor asked for a preview. */
  previewHtml?: string;
  /** The file as it is on disk now, when a save found it changed since it was opened. */
  conflict?: { text: string; digest: string };
  notice?: string;
  sections: { slug: string; name: string }[];
  tagNames: string[];
  authorIds: string[];
}

const LABELS: Record<string, string> = {
  title: 'Headline', summary: 'Standfirst', section: 'Section', authors: 'Authors (ids or names, comma-separated)',
  tags: 'Tags (comma-separated)', date: 'Publication time (site time zone; a future time schedules it)', image: 'Hero image path (/images/…)',
  imageAlt: 'Image description (alt text, required with an image)', imageCaption: 'Caption', imageCredit: 'Credit',
};

function errorsOf(view: EditorView, field: string): string {
  const list = view.errors[field] ?? [];
  return list.length ? `<ul class="problem" id="${field}-errors">${list.map((m) => `<li>${e(m)}</li>`).join('')}</ul>` : '';
}

function textField(view: EditorView, field: (typeof DESK_TEXT_FIELDS)[number]): string {
  const described = view.errors[field]?.length ? ` aria-invalid="true" aria-describedby="${field}-errors"` : '';
  const value = e(view.fields[field]);
  const input = field === 'section'
    ? `<input id="${field}" name="${field}" list="section-names" value="${value}"${described}>`
    : field === 'tags'
      ? `<input id="${field}" name="${field}" list="tag-names" value="${value}"${described}>`
      : `<input id="${field}" name="${field}" value="${value}"${described}>`;
  return `<label for="${field}">${e(LABELS[field])}</label>${input}${errorsOf(view, field)}`;
}

/** The article editor: every field with its problems beside it, the body, preview, and (editors) publishing and deletion. */
export function editorPage(site: Site, user: DeskUser, csrf: string, view: EditorView): string {
  const editor = user.role === 'editor';
  const hidden = `<input type="hidden" name="csrf" value="${e(csrf)}"><input type="hidden" name="file" value="${e(view.file ?? '')}">` +
    `<input type="hidden" name="digest" value="${e(view.conflict?.digest ?? view.digest ?? '')}">`;
  const status = editor
    ? `<fieldset><legend>Status</legend>
<label><input type="radio" name="status" value="draft"${view.fields.draft ? ' checked' : ''}> Draft (not on the site)</label>
<label><input type="radio" name="status" value="publish"${view.fields.draft ? '' : ' checked'}> Published at the time above</label></fieldset>`
    : '<input type="hidden" name="status" value="draft"><p>Writers save drafts; an editor publishes them.</p>';
  const conflict = view.conflict ? `<section class="notice" role="alert" aria-labelledby="conflict"><h2 id="conflict">Someone changed this story since you opened it</h2>
<p>Nothing was saved. Their version is below; your version is in the form. Save again to replace theirs with yours, or
<a href="${DESK_PATH}/edit?file=${encodeURIComponent(view.file ?? '')}">open their version</a> and redo your changes.</p>
<pre>${e(view.conflict.text)}</pre></section>` : '';
  const body = `<header><h1>${view.file ? 'Edit story' : 'New story'}</h1><p><a href="${DESK_PATH}">All stories</a> · ${e(user.name)} (${user.role})</p></header>
${view.notice ? `<p class="notice" role="status">${e(view.notice)}</p>` : ''}
${conflict}
${errorsOf(view, 'file')}
<form method="post" action="${DESK_PATH}/save">
${hidden}
${DESK_TEXT_FIELDS.map((f) => textField(view, f)).join('\n')}
<datalist id="section-names">${view.sections.map((s) => `<option value="${e(s.name)}">`).join('')}</datalist>
<datalist id="tag-names">${view.tagNames.map((t) => `<option value="${e(t)}">`).join('')}</datalist>
<p>Author ids: ${e(view.authorIds.join(', ') || 'none yet')}</p>
${status}
<label for="body">Story (Markdown)</label>
<textarea id="body" name="body" rows="24" cols="80"${view.errors.body?.length ? ' aria-invalid="true" aria-describedby="body-errors"' : ''}>${e(view.fields.body)}</textarea>
${errorsOf(view, 'body')}
<div><button type="submit" name="action" value="preview">Preview</button> <button type="submit" name="action" value="save">Save</button></div>
</form>
${view.previewHtml !== undefined ? `<section aria-labelledby="preview"><h2 id="preview">Preview</h2><h3>${e(view.fields.title)}</h3><p>${e(view.fields.summary)}</p><div class="preview">${view.previewHtml}</div></section>` : ''}
${editor && view.file && view.digest ? `<form method="post" action="${DESK_PATH}/delete">${hidden}<button type="submit">Delete this story</button></form>` : ''}`;
  return deskDocument({ title: view.file ? 'Edit story' : 'New story', siteName: site.name, language: site.language, body });
}
