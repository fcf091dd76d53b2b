import fs from 'node:fs';
import path from 'node:path';
import { DESK_ROLES, USER_NAME_PATTERN, type DeskUser } from './users';

/** Where the desk's accounts live: `DESK_USERS_FILE`, else `.desk/users.json` in the project (never in the content folder). */
export function usersFilePath(): string {
  return process.env.DESK_USERS_FILE ? path.resolve(process.env.DESK_USERS_FILE) : path.join(process.cwd(), '.desk', 'users.json');
}

const isUser = (u: unknown): u is DeskUser => {
  const v = u as Partial<DeskUser> | null;
  return Boolean(v && typeof v.name === 'string' && USER_NAME_PATTERN.test(v.name) && DESK_ROLES.includes(v.role as DeskUser['role'])
    && typeof v.passwordHash === 'string' && typeof v.created === 'string' && typeof v.passwordChanged === 'string');
};

/** The users in the file (none when it does not exist); a malformed file throws with the file named, as no one could log in. */
export function readUsers(file = usersFilePath()): DeskUser[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`${file}: not valid JSON; restore it from a backup, or delete it and add the users again`);
  }
  const list = (data as { users?: unknown })?.users;
  if (!Array.isArray(list) || !list.every(isUser)) throw new Error(`${file}: expected { "users": [...] } as written by npm run desk:user`);
  return list;
}

/** Writes the users file atomically (a temporary file renamed over it), readable by its owner only. */
export function writeUsers(users: DeskUser[], file = usersFilePath()): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify({ users }, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(temporary, file);
}
