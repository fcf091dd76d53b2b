import { clientAddress, deskUsers, isSecureRequest, loginThrottle, sessionIdOf, sessionStore } from '@/lib/desk/desk-auth';
import { DESK_HEADERS } from '@/lib/desk/desk-html';
import { DESK_PATH, loginPage } from '@/lib/desk/desk-pages';
import { hashPassword, verifyPassword } from '@/lib/desk/passwords';
import { sessionCookie, sessionLifetimeMs } from '@/lib/desk/sessions';
import { sameOrigin } from '@/lib/desk/same-origin';
import { getSite } from '@/lib/site';

export const dynamic = 'force-dynamic';

// Checked against when the name is unknown, so a wrong name costs the same time as a wrong password.
let decoy: Promise<string> | undefined;

/** `POST /desk/login`: signs in with name and password, throttled per account and per address. */
export async function POST(request: Request) {
  const users = deskUsers();
  if (!users.length) return new Response('Not found', { status: 404, headers: { ...DESK_HEADERS, 'content-type': 'text/plain; charset=utf-8' } });
  const site = await getSite();
  const page = (status: number, message: string, name = '') => new Response(loginPage(site, message, name), { status, headers: DESK_HEADERS });
  // A sign-in form posted from another site (login CSRF) would sign the reader in as the attacker.
  if (!sameOrigin(request)) return page(403, 'This form must be sent from the desk itself: open the desk and sign in again.');
  const form = await request.formData().catch(() => undefined);
  const name = String(form?.get('name') ?? '').trim().toLowerCase().slice(0, 64);
  const password = String(form?.get('password') ?? '').slice(0, 1024);
  const throttle = loginThrottle();
  const address = clientAddress(request);
  const verdict = throttle.check(name, address);
  if (!verdict.allowed) {
    return new Response(loginPage(site, verdict.message, name), { status: 429, headers: { ...DESK_HEADERS, 'retry-after': String(Math.ceil(verdict.retryAfterMs / 1000)) } });
  }
  const user = users.find((u) => u.name === name);
  const valid = await verifyPassword(password, user?.passwordHash ?? (await (decoy ??= hashPassword('decoy password, never valid'))));
  if (!user || !valid) {
    throttle.fail(name, address);
    return page(401, 'Wrong user name or password.', name);
  }
  throttle.succeed(name);
  const store = sessionStore();
  // Whatever session id the browser brought (perhaps planted) is ended: the signed-in session always gets a new one.
  const offered = sessionIdOf(request);
  if (offered) store.end(offered);
  const { id } = store.create(user.name);
  const headers = new Headers({ ...DESK_HEADERS, location: DESK_PATH });
  headers.append('set-cookie', sessionCookie(id, { secure: isSecureRequest(request), maxAgeMs: sessionLifetimeMs() }));
  return new Response(null, { status: 303, headers });
}
