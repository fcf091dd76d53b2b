import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { hashPassword, passwordProblem, verifyPassword } from '@/lib/desk/passwords';
import { readUsers, writeUsers } from '@/lib/desk/users-file';
import { addUser, changePassword, removeUser, type DeskUser } from '@/lib/desk/users';

const run = promisify(execFile);
const FAST = { N: 2 ** 10, r: 8, p: 1 };
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-users-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('desk passwords', () => {
  it('are stored as salted scrypt hashes that verify only the right password', async () => {
    const [a, b] = await Promise.all([hashPassword('correct horse battery', FAST), hashPassword('correct horse battery', FAST)]);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('horse');
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(await verifyPassword('correct horse battery', 'plain text')).toBe(false);
  });

  it('are hashed at the OWASP scrypt floor by default, and a hash asking for more memory than allowed never verifies', async () => {
    expect(await hashPassword('correct horse battery')).toMatch(/^scrypt\$131072\$8\$1\$/);
    const greedy = (await hashPassword('correct horse battery', FAST)).replace('$1024$', '$4194304$');
    expect(await verifyPassword('correct horse battery', greedy)).toBe(false);
  });

  it('must be long enough and carry no stray spaces at the ends', () => {
    expect(passwordProblem('short')).toMatch(/at least 12 characters/);
    expect(passwordProblem(' twelve chars ok')).toMatch(/starts or ends with a space/);
    expect(passwordProblem('twelve chars ok')).toBeUndefined();
  });
});

describe('desk accounts', () => {
  it('adds, re-passwords and removes users, refusing taken or malformed names, unknown roles and weak passwords', async () => {
    const added = await addUser([], 'ana', 'editor', 'a long enough password');
    expect(added.ok).toBe(true);
    const users = (added as { users: DeskUser[] }).users;
    expect(users).toEqual([expect.objectContaining({ name: 'ana', role: 'editor' })]);
    expect(await addUser(users, 'ana', 'writer', 'a long enough password')).toEqual({ ok: false, message: expect.stringMatching(/already a user "ana"/) });
    expect(await addUser(users, '../root', 'writer', 'a long enough password')).toEqual({ ok: false, message: expect.stringMatching(/not a user name/) });
    expect(await addUser(users, 'bo', 'admin', 'a long enough password')).toEqual({ ok: false, message: expect.stringMatching(/--role writer or --role editor/) });
    expect(await addUser(users, 'bo', 'writer', 'short')).toEqual({ ok: false, message: expect.stringMatching(/too short/) });

    const later = new Date(Date.parse(users[0].passwordChanged) + 60_000);
    const changed = await changePassword(users, 'ana', 'another long password', later);
    const after = (changed as { users: DeskUser[] }).users[0];
    expect(after.passwordChanged).toBe(later.toISOString());
    expect(await verifyPassword('another long password', after.passwordHash)).toBe(true);
    expect(removeUser(users, 'ana')).toEqual({ ok: true, users: [] });
    expect(removeUser(users, 'nobody')).toEqual({ ok: false, message: 'there is no user "nobody"' });
  });

  it('live in a file written atomically and readable by its owner only; a missing file means no users', async () => {
    const file = path.join(dir, 'nested', 'users.json');
    expect(readUsers(file)).toEqual([]);
    const { users } = (await addUser([], 'ana', 'writer', 'a long enough password')) as { users: DeskUser[] };
    writeUsers(users, file);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(readUsers(file)).toEqual(users);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['users.json']);
    fs.writeFileSync(file, '{"users": [{"name": "x"}]}');
    expect(() => readUsers(file)).toThrow(/expected \{ "users": \[\.\.\.\] \}/);
    fs.writeFileSync(file, 'not json');
    expect(() => readUsers(file)).toThrow(/not valid JSON/);
  });
});

describe('npm run desk:user', () => {
  const cli = async (args: string[], input = '') => {
    const child = run(process.execPath, [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/desk-user.ts', ...args], {
      cwd: path.join(__dirname, '..', '..'), env: { ...process.env, DESK_USERS_FILE: path.join(dir, 'users.json') },
    });
    child.child.stdin!.end(input);
    return child.then((r) => ({ code: 0, out: r.stdout, err: r.stderr }), (e) => ({ code: e.code as number, out: e.stdout as string, err: e.stderr as string }));
  };

  it('adds a user with a piped password, lists, changes and removes it, never printing the password', async () => {
    const added = await cli(['add', 'ana', '--role', 'editor'], 'a long enough password\n');
    expect(added).toMatchObject({ code: 0, out: expect.stringMatching(/^added ana \(editor\) in /) });
    const stored = fs.readFileSync(path.join(dir, 'users.json'), 'utf8');
    expect(stored).not.toContain('a long enough password');
    expect((await cli(['list'])).out).toMatch(/^ana\teditor\tsince \d{4}-\d\d-\d\d\n$/);
    expect(await cli(['add', 'ana', '--role', 'writer'], 'a long enough password\n')).toMatchObject({ code: 1, err: expect.stringMatching(/already a user/) });
    expect(await cli(['add', 'bo'], 'a long enough password\n')).toMatchObject({ code: 1, err: expect.stringMatching(/--role writer or --role editor/) });
    expect(await cli(['passwd', 'ana'], 'short\n')).toMatchObject({ code: 1, err: expect.stringMatching(/too short/) });
    expect(await cli(['passwd', 'ana'], 'a new long password\n')).toMatchObject({ code: 0, out: expect.stringMatching(/sessions have ended/) });
    expect(await cli(['remove', 'ana'])).toMatchObject({ code: 0 });
    expect((await cli(['list'])).out).toMatch(/no desk users yet/);
    for (const r of [added]) expect(r.out + r.err).not.toContain('a long enough password');
  }, 60_000);
});
