import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

/** Runs `npm run desk:user` against a users file, the password piped in. */
export function deskUser(usersFile: string, password: string, ...args: string[]): void {
  execFileSync(process.execPath, [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/desk-user.ts', ...args], {
    cwd: ROOT, env: { ...process.env, DESK_USERS_FILE: usersFile }, input: `${password}\n`, stdio: ['pipe', 'ignore', 'pipe'],
  });
}

/** A browser-like client of the desk: posts forms from the same origin and keeps its session cookie. */
export class DeskClient {
  cookie = '';

  constructor(private base: string) {}

  /** GETs a path with the session cookie. */
  async get(pathname: string): Promise<{ status: number; body: string; headers: Headers }> {
    const res = await fetch(`${this.base}${pathname}`, { headers: { cookie: this.cookie }, redirect: 'manual' });
    return { status: res.status, body: await res.text(), headers: res.headers };
  }

  /** Posts a form as a page of the desk would, with the session cookie. */
  async post(pathname: string, fields: Record<string, string>): Promise<{ status: number; body: string; location: string | null; setCookie: string | null }> {
    const res = await fetch(`${this.base}${pathname}`, {
      method: 'POST', redirect: 'manual', body: new URLSearchParams(fields),
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin', cookie: this.cookie },
    });
    return { status: res.status, body: await res.text(), location: res.headers.get('location'), setCookie: res.headers.get('set-cookie') };
  }

  /** Signs in and keeps the session cookie; throws when refused. */
  async signIn(name: string, password: string): Promise<void> {
    const res = await this.post('/desk/login', { name, password });
    if (res.status !== 303) throw new Error(`sign-in of ${name} answered ${res.status}`);
    this.cookie = res.setCookie!.split(';')[0];
  }

  /** The CSRF token of the current session, from the story list. */
  async csrf(): Promise<string> {
    return /name="csrf" value="([^"]+)"/.exec((await this.get('/desk')).body)?.[1] ?? '';
  }
}

/** The hidden and visible values of the editor's form, to post back with changes. */
export function formValues(html: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const m of html.matchAll(/<input (?:type="hidden" )?(?:id="[^"]*" )?name="([^"]+)"(?: list="[^"]*")? value="([^"]*)"/g)) values[m[1]] = decode(m[2]);
  const body = /<textarea id="body" name="body"[^>]*>([\s\S]*?)<\/textarea>/.exec(html)?.[1];
  if (body !== undefined) values.body = decode(body);
  return values;
}

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
