import { csrfMatches, type DeskSession } from './sessions';
import { deskUsers, signedIn } from './desk-auth';
import { deskRedirect, deskRefusal } from './desk-html';
import { DESK_PATH } from './desk-pages';
import type { DeskUser } from './users';

/** A signed-in desk request: its user, session and (for a post) its form. */
export interface DeskRequest {
  user: DeskUser;
  session: DeskSession;
  form?: FormData;
}

/**
 * Resolves a desk request: `off` while no user exists, `signed-out` without a live session, `forged` for a post
 * without the session's CSRF token; otherwise the user, session and posted form.
 */
export async function deskRequest(request: Request, post: boolean): Promise<DeskRequest | 'off' | 'signed-out' | 'forged'> {
  const users = deskUsers();
  if (!users.length) return 'off';
  const current = signedIn(request, users);
  if (!current) return 'signed-out';
  if (!post) return { user: current.user, session: current.session };
  const form = await request.formData().catch(() => undefined);
  if (!form || !csrfMatches(current.session, form.get('csrf'))) return 'forged';
  return { user: current.user, session: current.session, form };
}

/** A signed-in desk form post with its CSRF token checked, or the response that refuses it (404 off, 303 to sign in, 403 forged). */
export async function deskPost(request: Request): Promise<Required<DeskRequest> | Response> {
  const desk = await deskRequest(request, true);
  if (desk === 'off') return deskRefusal(404, 'Not found');
  if (desk === 'signed-out') return deskRedirect(DESK_PATH);
  if (desk === 'forged') return deskRefusal(403, 'This form has expired or was not sent from the desk: go back to the desk and try again.');
  return desk as Required<DeskRequest>;
}
