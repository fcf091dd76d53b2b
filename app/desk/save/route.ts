import { getDeskContext } from '@/lib/content/desk-context';
import { fieldsOfFile, fieldsOfForm } from '@/lib/content/desk-edit';
import { commitDeskChange, readDeskFile, saveDeskFile } from '@/lib/content/desk-files';
import { articleBody } from '@/lib/content/parse-article';
import { renderBody } from '@/lib/content/render-body';
import { recordChange } from '@/lib/desk/audit';
import { deskRedirect, deskResponse } from '@/lib/desk/desk-html';
import { DESK_PATH } from '@/lib/desk/desk-pages';
import { deskPost } from '@/lib/desk/desk-request';
import { planSave } from '@/lib/desk/desk-save';
import { editorPage, type EditorView } from '@/lib/desk/editor-page';
import { getSite } from '@/lib/site';

export const dynamic = 'force-dynamic';

/** `POST /desk/save`: previews or saves a story, checked like any file, never overwriting a version it did not see. */
export async function POST(request: Request) {
  const desk = await deskPost(request);
  if (desk instanceof Response) return desk;
  const { form } = desk;
  const [site, context] = await Promise.all([getSite(), getDeskContext()]);
  const fields = fieldsOfForm(form);
  const file = String(form.get('file') ?? '') || undefined;
  const digest = String(form.get('digest') ?? '') || undefined;
  const opened = file ? readDeskFile(file) : undefined;
  const view = (extra: Partial<EditorView>): EditorView => ({
    file, digest, fields, errors: {}, sections: context.sections, tagNames: context.tagNames, authorIds: context.authorIds, ...extra,
  });
  if (file && !opened) {
    return deskResponse(editorPage(site, desk.user, desk.session.csrf, view({ errors: { file: ['This story was deleted or renamed since you opened it: nothing was saved. Copy your text and start a new story.'] } })), 409);
  }
  const plan = planSave(desk.user, fields, opened && { file: opened.file, text: opened.text, draft: fieldsOfFile(opened.text).draft }, context);
  if (!plan.ok) return deskResponse(editorPage(site, desk.user, desk.session.csrf, view({ errors: plan.errors })), plan.status);
  if (form.get('action') === 'preview') {
    const previewHtml = await renderBody(articleBody(plan.text));
    return deskResponse(editorPage(site, desk.user, desk.session.csrf, view({ errors: plan.warnings, previewHtml })));
  }
  const saved = saveDeskFile(plan.file, plan.text, opened ? digest : undefined);
  if (!saved.ok) {
    return deskResponse(editorPage(site, desk.user, desk.session.csrf, view({ file: plan.file, conflict: { text: saved.conflict.text, digest: saved.conflict.digest } })), 409);
  }
  const action = !opened ? 'create' : fields.draft ? 'save' : 'publish';
  recordChange({ user: desk.user.name, action, file: plan.file, digest: saved.digest });
  commitDeskChange(plan.file, desk.user.name, `desk: ${action} ${plan.file}`);
  return deskRedirect(`${DESK_PATH}/edit?file=${encodeURIComponent(plan.file)}&saved=1`);
}
