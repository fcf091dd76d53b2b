/**
 * True when a form post comes from this site's own pages: the browser's `Sec-Fetch-Site` or `Origin` says so. A request
 * with neither (an old browser, a script) is let through; the session's CSRF token still guards what needs a session.
 */
export function sameOrigin(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site) return site === 'same-origin' || site === 'none';
  const origin = request.headers.get('origin');
  if (origin === null) return true;
  if (origin === 'null') return false; // A sandboxed frame or a redirect chain from elsewhere.
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
