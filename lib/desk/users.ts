import { hashPassword, passwordProblem } from './passwords';

/** What a desk user may do: writers create and edit drafts; editors also publish, schedule, unpublish and delete. */
export type DeskRole = 'writer' | 'editor';

/** The roles, for validation and help texts. */
export const DESK_ROLES: readonly DeskRole[] = ['writer', 'editor'];

/** A desk account as stored in the users file (the password only as its scrypt hash). */
export interface DeskUser {
  name: string;
  role: DeskRole;
  passwordHash: string;
  created: string;
  /** When the password last changed: sessions started before it are ended (see "logout everywhere"). */
  passwordChanged: string;
}

/** A user name: lower-case letters, digits, dots, hyphens and underscores, 2–32 characters, starting with a letter or digit. */
export const USER_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,31}$/;

/** The result of a change to the users list: the new list, or why the change is refused. */
export type UsersChange = { ok: true; users: DeskUser[] } | { ok: false; message: string };

const refuse = (message: string): UsersChange => ({ ok: false, message });

/** The list with a new user added, or why not (name taken or malformed, unknown role, weak password). */
export async function addUser(users: DeskUser[], name: string, role: string, password: string, now = new Date()): Promise<UsersChange> {
  if (!USER_NAME_PATTERN.test(name)) return refuse(`"${name}" is not a user name: use 2–32 lower-case letters, digits, dots, hyphens or underscores`);
  if (users.some((u) => u.name === name)) return refuse(`there is already a user "${name}": choose another name, or change the password with passwd`);
  if (!DESK_ROLES.includes(role as DeskRole)) return refuse(`"${role}" is not a role: use --role writer or --role editor`);
  const weak = passwordProblem(password);
  if (weak) return refuse(weak);
  const stamp = now.toISOString();
  return { ok: true, users: [...users, { name, role: role as DeskRole, passwordHash: await hashPassword(password), created: stamp, passwordChanged: stamp }] };
}

/** The list with a user's password replaced (which ends their sessions), or why not. */
export async function changePassword(users: DeskUser[], name: string, password: string, now = new Date()): Promise<UsersChange> {
  const user = users.find((u) => u.name === name);
  if (!user) return refuse(`there is no user "${name}"`);
  const weak = passwordProblem(password);
  if (weak) return refuse(weak);
  const updated = { ...user, passwordHash: await hashPassword(password), passwordChanged: now.toISOString() };
  return { ok: true, users: users.map((u) => (u === user ? updated : u)) };
}

/** The list without a user, or why not. */
export function removeUser(users: DeskUser[], name: string): UsersChange {
  if (!users.some((u) => u.name === name)) return refuse(`there is no user "${name}"`);
  return { ok: true, users: users.filter((u) => u.name !== name) };
}
