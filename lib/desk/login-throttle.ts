/** How many failed logins are allowed in a window, per account and per address, before the next attempt must wait. */
export const LOGIN_LIMITS = { perAccount: 5, perAddress: 20, windowMs: 15 * 60_000 };

const MAX_KEYS = 100_000;

/** Whether a login may be tried now, and if not, why and for how long. */
export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterMs: number; message: string };

/**
 * Counts failed logins per account and per client address over a sliding window, in memory: a restart forgets them,
 * which costs an attacker a restart per window, and no password is ever stored. Successful logins clear the account.
 */
export class LoginThrottle {
  private failures = new Map<string, number[]>();

  constructor(private limits = LOGIN_LIMITS) {}

  private recent(key: string, now: number): number[] {
    const kept = (this.failures.get(key) ?? []).filter((t) => now - t < this.limits.windowMs);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  /** Whether `account` may try to log in from `address` now. */
  check(account: string, address: string, now = Date.now()): ThrottleVerdict {
    const checks: [string, number, string][] = [
      [`account:${account}`, this.limits.perAccount, 'Too many failed sign-ins for this account'],
      [`address:${address}`, this.limits.perAddress, 'Too many failed sign-ins from your network'],
    ];
    for (const [key, limit, reason] of checks) {
      const recent = this.recent(key, now);
      if (recent.length >= limit) {
        const retryAfterMs = recent[recent.length - limit] + this.limits.windowMs - now;
        return { allowed: false, retryAfterMs, message: `${reason}: try again in ${Math.max(1, Math.ceil(retryAfterMs / 60_000))} minutes.` };
      }
    }
    return { allowed: true };
  }

  /** Records a failed login (wrong password or unknown account: both count, so accounts cannot be probed for free). */
  fail(account: string, address: string, now = Date.now()): void {
    for (const key of [`account:${account}`, `address:${address}`]) this.failures.set(key, [...this.recent(key, now), now]);
    // A flood of made-up account names must not grow the map without bound, nor reset it: the oldest keys go first.
    for (const key of this.failures.keys()) {
      if (this.failures.size <= MAX_KEYS) break;
      this.failures.delete(key);
    }
  }

  /** Clears an account's failures after it signs in. */
  succeed(account: string): void {
    this.failures.delete(`account:${account}`);
  }
}
