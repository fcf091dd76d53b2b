import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deskUser as runDeskUser } from '../helpers/desk';
import { startServer, type TestServer } from '../helpers/server';

// The desk's door over real HTTP: off without users, sign-in throttled, cookie flags, fixation, CSRF, sign-out everywhere.
jest.setTimeout(90_000);
const FIXTURE = path.join(__dirname, '..', 'fixtures', 'newsroom');
const PASSWORD = 'a long enough password';
let dir: string;
let server: TestServer;
const usersFile = () => path.join(dir, 'desk', 'users.json');

const deskUser = (...args: string[]) => runDeskUser(usersFile(), PASSWORD, ...args);

async function post(pathname: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(`${server.url}${pathname}`, {
    method: 'POST', redirect: 'manual', body: new URLSearchParams(fields),
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin', ...headers },
  });
}

const cookieOf = (res: Response) => res.headers.get('set-cookie')?.split(';')[0] ?? '';
const get = (pathname: string, cookie = '') => fetch(`${server.url}${pathname}`, { headers: { cookie }, redirect: 'manual' });
const csrfIn = (html: string) => /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-auth-'));
  fs.cpSync(FIXTURE, path.join(dir, 'content'), { recursive: true });
  server = await startServer(path.join(dir, 'content'), { DESK_USERS_FILE: usersFile() });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the desk', () => {
  it('is off (404) while no desk user exists, and is never cached or indexed', async () => {
    const res = await get('/desk');
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect((await fetch(`${server.url}/robots.txt`).then((r) => r.text()))).toMatch(/^Disallow: \/desk$/m);
  });

  it('asks a visitor to sign in, on a page that runs no script and is never stored', async () => {
    deskUser('add', 'ana', '--role', 'editor');
    deskUser('add', 'wes', '--role', 'writer');
    const res = await get('/desk');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).toContain('<form method="post" action="/desk/login">');
    expect(html).not.toContain('<script');
  });

  it('signs in with a fresh HttpOnly, SameSite=Strict session, whatever id the browser offered, and lists every story', async () => {
    const planted = 'desk-session=planted-by-someone-else';
    const res = await post('/desk/login', { name: 'ana', password: PASSWORD }, { cookie: planted });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/desk');
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^desk-session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/);
    expect(cookieOf(res)).not.toBe(planted);
    expect((await (await get('/desk', planted)).text())).toContain('action="/desk/login"');
    const list = await (await get('/desk', cookieOf(res))).text();
    expect(list).toContain('Signed in as <strong>ana</strong> (editor)');
    expect(list).toContain('articles/news/2025-01-06-draft.md');
    expect(list).toMatch(/<td>draft<\/td>/);
    expect(list).toContain('Files that need fixing');
    expect(list).toMatch(/broken-date\.md:\d+ date: expected an ISO date/);
  });

  it('refuses a sign-in form posted from another site', async () => {
    const res = await post('/desk/login', { name: 'ana', password: PASSWORD }, { 'sec-fetch-site': 'cross-site' });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('throttles guessing: after 5 wrong passwords the account waits, even with the right one, with a clear message', async () => {
    for (let i = 0; i < 5; i++) expect((await post('/desk/login', { name: 'wes', password: `wrong guess ${i}` })).status).toBe(401);
    const blocked = await post('/desk/login', { name: 'wes', password: PASSWORD });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(800);
    expect(await blocked.text()).toContain('Too many failed sign-ins for this account: try again in 15 minutes.');
    expect(blocked.headers.get('set-cookie')).toBeNull();
    expect((await post('/desk/login', { name: 'ana', password: PASSWORD })).status).toBe(303);
  });

  it('signs out only with the session’s CSRF token, and everywhere at once when asked', async () => {
    const [one, two] = await Promise.all([1, 2].map(async () => cookieOf(await post('/desk/login', { name: 'ana', password: PASSWORD }))));
    const csrf = csrfIn(await (await get('/desk', one)).text());
    expect(csrf).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await post('/desk/logout', {}, { cookie: one })).status).toBe(403);
    expect((await post('/desk/logout', { csrf: 'forged' }, { cookie: one })).status).toBe(403);
    const out = await post('/desk/logout', { csrf, everywhere: '1' }, { cookie: one });
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/^desk-session=; .*Max-Age=0/);
    for (const cookie of [one, two]) expect(await (await get('/desk', cookie)).text()).toContain('action="/desk/login"');
  });

  it('ends a user’s sessions when their password changes', async () => {
    const cookie = cookieOf(await post('/desk/login', { name: 'ana', password: PASSWORD }));
    expect(await (await get('/desk', cookie)).text()).toContain('Signed in as');
    await new Promise((r) => setTimeout(r, 5));
    deskUser('passwd', 'ana');
    expect(await (await get('/desk', cookie)).text()).toContain('action="/desk/login"');
  });
});
