import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LoginThrottle } from '@/lib/desk/login-throttle';
import { csrfMatches, sessionCookie, SessionStore } from '@/lib/desk/sessions';
import type { DeskUser } from '@/lib/desk/users';

const T0 = Date.parse('2026-12-08T09:00:00Z');
const user = (name: string, passwordChanged = '2026-12-01T00:00:00Z'): DeskUser => ({
  name, role: 'writer', passwordHash: 'scrypt$x', created: '2026-12-01T00:00:00Z', passwordChanged,
});
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-sessions-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('desk sessions', () => {
  it('survive a restart, keep only a digest of the id on disk, and end when they expire', () => {
    const file = path.join(dir, 'sessions.db');
    const store = new SessionStore(file);
    const { id, session } = store.create('ana', T0, 3_600_000);
    store.close();
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(file).includes(Buffer.from(id))).toBe(false);
    const reopened = new SessionStore(file);
    expect(reopened.find(id, [user('ana')], T0 + 1000)?.session).toEqual(session);
    expect(reopened.find(id, [user('ana')], T0 + 3_600_000)).toBeUndefined();
    reopened.close();
  });

  it('give every sign-in a new random id, so an id planted before it is worthless', () => {
    const store = new SessionStore(':memory:');
    const ids = new Set(Array.from({ length: 50 }, () => store.create('ana', T0).id));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(store.find('planted-by-attacker', [user('ana')], T0)).toBeUndefined();
  });

  it('end on sign-out, everywhere at once, when the user is removed, or when the password changes', () => {
    const store = new SessionStore(':memory:');
    const a = store.create('ana', T0).id;
    const b = store.create('ana', T0).id;
    const c = store.create('bo', T0).id;
    store.end(a);
    expect(store.find(a, [user('ana')], T0)).toBeUndefined();
    expect(store.find(b, [user('ana')], T0)).toBeDefined();
    expect(store.find(b, [user('ana', new Date(T0 + 1).toISOString())], T0 + 2)).toBeUndefined();
    expect(store.find(c, [user('ana')], T0)).toBeUndefined();
    expect(store.endAll('ana')).toBe(1);
    expect(store.find(b, [user('ana')], T0)).toBeUndefined();
  });

  it('accept a form only with the session’s CSRF token', () => {
    const store = new SessionStore(':memory:');
    const { session } = store.create('ana', T0);
    expect(csrfMatches(session, session.csrf)).toBe(true);
    expect(csrfMatches(session, undefined)).toBe(false);
    expect(csrfMatches(session, '')).toBe(false);
    expect(csrfMatches(session, `${session.csrf.slice(0, -1)}x`)).toBe(false);
  });

  it('travel in an HttpOnly, SameSite=Strict cookie, Secure and __Host- on https, and are cleared by an expired one', () => {
    expect(sessionCookie('abc', { secure: true, maxAgeMs: 3_600_000 })).toBe('__Host-desk-session=abc; Path=/; HttpOnly; SameSite=Strict; Max-Age=3600; Secure');
    expect(sessionCookie('abc', { secure: false, maxAgeMs: 3_600_000 })).toBe('desk-session=abc; Path=/; HttpOnly; SameSite=Strict; Max-Age=3600');
    expect(sessionCookie(undefined, { secure: false, maxAgeMs: 0 })).toBe('desk-session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0');
  });
});

describe('login throttling', () => {
  it('stops an account after 5 failures in 15 minutes, says how long to wait, and lets it in again after', () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < 5; i++) {
      expect(throttle.check('ana', '10.0.0.1', T0 + i).allowed).toBe(true);
      throttle.fail('ana', `10.0.0.${i}`, T0 + i);
    }
    const verdict = throttle.check('ana', '10.9.9.9', T0 + 60_000);
    expect(verdict).toEqual({ allowed: false, retryAfterMs: 14 * 60_000, message: 'Too many failed sign-ins for this account: try again in 14 minutes.' });
    expect(throttle.check('bo', '10.9.9.9', T0 + 60_000).allowed).toBe(true);
    expect(throttle.check('ana', '10.9.9.9', T0 + 15 * 60_000).allowed).toBe(true);
  });

  it('stops an address trying many accounts, and a success clears only the account', () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < 20; i++) throttle.fail(`user-${i}`, '10.0.0.1', T0);
    expect(throttle.check('someone-else', '10.0.0.1', T0 + 1)).toMatchObject({ allowed: false, message: expect.stringMatching(/from your network/) });
    expect(throttle.check('someone-else', '10.0.0.2', T0 + 1).allowed).toBe(true);
    throttle.fail('ana', '10.0.0.3', T0);
    throttle.succeed('ana');
    for (let i = 0; i < 4; i++) throttle.fail('ana', '10.0.0.3', T0);
    expect(throttle.check('ana', '10.0.0.3', T0).allowed).toBe(true);
  });
});
