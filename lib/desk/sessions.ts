import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { DeskUser } from './users';

/** A signed-in desk session as the server knows it. */
export interface DeskSession {
  user: string;
  created: number;
  expires: number;
  /** The token every form of this session must post back (CSRF). */
  csrf: string;
}

/** How long a session lasts: `DESK_SESSION_HOURS` (default 12), then the editor signs in again. */
export function sessionLifetimeMs(): number {
  const hours = Number(process.env.DESK_SESSION_HOURS);
  return (Number.isFinite(hours) && hours > 0 ? hours : 12) * 3_600_000;
}

/** Where sessions are kept so they survive restarts: `DESK_SESSIONS_FILE`, else beside the users file. */
export function sessionsFilePath(usersFile: string): string {
  return process.env.DESK_SESSIONS_FILE ? path.resolve(process.env.DESK_SESSIONS_FILE) : path.join(path.dirname(usersFile), 'sessions.db');
}

// The database holds only a digest of each session id: a copy of the file signs no one in.
const digest = (id: string) => createHash('sha256').update(id).digest('base64url');
const token = () => randomBytes(32).toString('base64url');

/** The server-side session store: SQLite, so sessions survive a restart and every instance on one machine shares them. */
export class SessionStore {
  private db: Database.Database;

  constructor(file: string) {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    this.db = new Database(file);
    this.db.pragma('busy_timeout = 5000');
    this.db.exec('CREATE TABLE IF NOT EXISTS sessions (id TEXT PRIMARY KEY, user TEXT NOT NULL, created INTEGER NOT NULL, expires INTEGER NOT NULL, csrf TEXT NOT NULL)');
    if (file !== ':memory:') fs.chmodSync(file, 0o600);
  }

  /** Starts a session for `user` with a fresh id (never one the browser offered: no fixation); returns the id for the cookie. */
  create(user: string, now = Date.now(), lifetimeMs = sessionLifetimeMs()): { id: string; session: DeskSession } {
    const id = token();
    const session = { user, created: now, expires: now + lifetimeMs, csrf: token() };
    this.db.prepare('INSERT INTO sessions (id, user, created, expires, csrf) VALUES (?, ?, ?, ?, ?)').run(digest(id), user, session.created, session.expires, session.csrf);
    this.db.prepare('DELETE FROM sessions WHERE expires <= ?').run(now);
    return { id, session };
  }

  /**
   * The live session a cookie names, with its user: none when it expired, the user was removed, or the password
   * changed after it began (a password change signs out everywhere).
   */
  find(id: string | undefined, users: DeskUser[], now = Date.now()): { session: DeskSession; user: DeskUser } | undefined {
    if (!id || id.length > 100) return undefined;
    const row = this.db.prepare('SELECT user, created, expires, csrf FROM sessions WHERE id = ?').get(digest(id)) as DeskSession | undefined;
    if (!row || row.expires <= now) return undefined;
    const user = users.find((u) => u.name === row.user);
    if (!user || Date.parse(user.passwordChanged) > row.created) return undefined;
    return { session: row, user };
  }

  /** Ends one session (sign out). */
  end(id: string): void {
    this.db.prepare('DELETE FROM sessions WHERE id = ?').run(digest(id));
  }

  /** Ends every session of a user (sign out everywhere). */
  endAll(user: string): number {
    return this.db.prepare('DELETE FROM sessions WHERE user = ?').run(user).changes;
  }

  /** Closes the database. */
  close(): void {
    this.db.close();
  }
}

/** True when a posted form's CSRF token is its session's (compared in constant time). */
export function csrfMatches(session: DeskSession, posted: unknown): boolean {
  if (typeof posted !== 'string') return false;
  const [a, b] = [Buffer.from(session.csrf), Buffer.from(posted)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The session cookie's name: `__Host-` on https, which browsers accept only Secure, host-only and for the whole path. */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-desk-session' : 'desk-session';
}

/** The `Set-Cookie` value for a session id (or an expired one to clear it): HttpOnly, SameSite=Strict, Secure on https. */
export function sessionCookie(id: string | undefined, { secure, maxAgeMs }: { secure: boolean; maxAgeMs: number }): string {
  const parts = [`${sessionCookieName(secure)}=${id ?? ''}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${id ? Math.floor(maxAgeMs / 1000) : 0}`];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}
