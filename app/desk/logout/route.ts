import { deskUsers, isSecureRequest, sessionStore, signedIn } from '@/lib/desk/desk-auth';
import { DESK_HEADERS } from '@/lib/desk/desk-html';
import { DESK_PATH } from '@/lib/desk/desk-pages';
import { csrfMatches, sessionCookie } from '@/lib/desk/sessions';

export const dynamic = 'force-dynamic';

/** `POST /desk/logout`: ends this session, or with `everywhere` every session of the user; needs the session's CSRF token. */
export async function POST(request: Request) {
  const current = signedIn(request, deskUsers());
  const form = await request.formData().catch(() => undefined);
  if (!current || !csrfMatches(current.session, form?.get('csrf'))) {
    return new Response('This form has expired or was not sent from the desk: go back to the desk and try again.', {
      status: 403, headers: { ...DESK_HEADERS, 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  if (form?.get('everywhere')) sessionStore().endAll(current.user.name);
  else sessionStore().end(current.id);
  const headers = new Headers({ ...DESK_HEADERS, location: DESK_PATH });
  headers.append('set-cookie', sessionCookie(undefined, { secure: isSecureRequest(request), maxAgeMs: 0 }));
  return new Response(null, { status: 303, headers });
}
