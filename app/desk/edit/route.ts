import { getDeskStories } from '@/lib/content';
import { getDeskContext } from '@/lib/content/desk-context';
import { fieldsOfFile, type DeskFields } from '@/lib/content/desk-edit';
import { readDeskFile } from '@/lib/content/desk-files';
import { deskRedirect, deskRefusal, deskResponse } from '@/lib/desk/desk-html';
import { DESK_PATH } from '@/lib/desk/desk-pages';
import { deskRequest } from '@/lib/desk/desk-request';
import { editorPage } from '@/lib/desk/editor-page';
import { getSite } from '@/lib/site';

export const dynamic = 'force-dynamic';

const EMPTY: DeskFields = {
  title: '', summary: '', section: '', authors: '', tags: '', date: '', image: '', imageAlt: '', imageCaption: '', imageCredit: '', draft: true, body: '',
};

/** `/desk/edit?file=articles/…` opens a story in the editor (with the checker's problems); without `file`, a new story. */
export async function GET(request: Request) {
  const desk = await deskRequest(request, false);
  if (desk === 'off') return deskRefusal(404, 'Not found');
  if (typeof desk === 'string') return deskRedirect(DESK_PATH);
  const params = new URL(request.url).searchParams;
  const file = params.get('file') ?? undefined;
  const opened = file ? readDeskFile(file) : undefined;
  if (file && !opened) return deskRefusal(404, `No story file ${file}: it may have been deleted or renamed. Go back to the desk.`);
  const [site, context, stories] = await Promise.all([getSite(), getDeskContext(), getDeskStories()]);
  const problems = stories.problems.filter((p) => p.file === file).map((p) => `line ${p.line}${p.field ? ` ${p.field}` : ''}: ${p.message}`);
  return deskResponse(editorPage(site, desk.user, desk.session.csrf, {
    file, digest: opened?.digest, fields: opened ? fieldsOfFile(opened.text) : EMPTY, errors: problems.length ? { file: problems } : {},
    notice: params.get('saved') ? 'Saved. The site shows the change within a second or two.' : undefined,
    sections: context.sections, tagNames: context.tagNames, authorIds: context.authorIds,
  }));
}
