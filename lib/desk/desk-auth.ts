import { LoginThrottle } from './login-throttle';
import { sessionCookieName, sessionsFilePath, SessionStore } from './sessions';
import { readUsers, usersFilePath } from './users-file';
import type { DeskUser } from './users';
import type { DeskSession } from './sessions';

const holder = globalThis as unknown as { __deskStore?: { file: string; store: SessionStore }; __deskThrottle?: LoginThrottle };

/** The session store of the users file in use (one per process, reopened if `DESK_USERS_FILE` changes). */
export function sessionStore(): SessionStore {
  const file = sessionsFilePath(usersFilePath());
  if (holder.__deskStore?.file !== file) holder.__deskStore = { file, store: new SessionStore(file) };
  return holder.__deskStore.store;
}

/** The process's login throttle. */
export function loginThrottle(): LoginThrottle {
  return (holder.__deskThrottle ??= new LoginThrottle());
}

/** The desk's users, read afresh (a `desk:user` change applies at once); none means the desk is off. */
export function deskUsers(): DeskUser[] {
  return readUsers();
}

/** True when the request came over https (directly, or through a proxy that says so). */
export function isSecureRequest(request: Request): boolean {
  return new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
}

/** The session id the request's cookie carries, if any. */
export function sessionIdOf(request: Request): string | undefined {
  const name = sessionCookieName(isSecureRequest(request));
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/** The signed-in user and session of a request, if its cookie names a live session. */
export function signedIn(request: Request, users: DeskUser[]): { session: DeskSession; user: DeskUser; id: string } | undefined {
  const id = sessionIdOf(request);
  const found = id ? sessionStore().find(id, users) : undefined;
  return found && id ? { ...found, id } : undefined;
}

/**
 * The client address for throttling: the first hop nginx recorded (`X-Real-IP`, then `X-Forwarded-For`), else one key for
 * all. Without a proxy in front these headers are the client's own word; the per-account limit holds regardless.
 */
export function clientAddress(request: Request): string {
  return request.headers.get('x-real-ip') ?? request.headers.get('x-forwarded-for')?.split(',')[0].trim() ?? 'direct';
}
