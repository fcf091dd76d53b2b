import { commitDeskChange, deleteDeskFile } from '@/lib/content/desk-files';
import { recordChange } from '@/lib/desk/audit';
import { deskRedirect, deskRefusal } from '@/lib/desk/desk-html';
import { DESK_PATH } from '@/lib/desk/desk-pages';
import { deskPost } from '@/lib/desk/desk-request';

export const dynamic = 'force-dynamic';

/** `POST /desk/delete`: an editor deletes a story file, if it is still the version they saw. */
export async function POST(request: Request) {
  const desk = await deskPost(request);
  if (desk instanceof Response) return desk;
  if (desk.user.role !== 'editor') return deskRefusal(403, 'Only editors delete stories.');
  const file = String(desk.form.get('file') ?? '');
  const result = deleteDeskFile(file, String(desk.form.get('digest') ?? ''));
  if (!result.ok) return deskRefusal(409, 'The story changed or was already deleted since you opened it: nothing was deleted. Open it again.');
  recordChange({ user: desk.user.name, action: 'delete', file, digest: '' });
  commitDeskChange(file, desk.user.name, `desk: delete ${file}`);
  return deskRedirect(DESK_PATH);
}
