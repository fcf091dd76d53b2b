import { DESK_POLICY } from '../security-policy.mjs';

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A desk page: plain server-rendered HTML with no script at all, so it works in any browser and its policy can forbid script. */
export function deskDocument({ title, siteName, language, body }: { title: string; siteName: string; language: string; body: string }): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)} · ${escapeHtml(siteName)} desk</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 64rem; padding: 1rem; color: #1a1a1a; background: #fff; }
h1 { font-size: 1.5rem; } table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .4rem; border-bottom: 1px solid #ddd; vertical-align: top; }
label { display: block; margin: .75rem 0 .25rem; font-weight: 600; } input { font: inherit; padding: .4rem; min-width: 16rem; }
button { font: inherit; padding: .4rem 1rem; margin-top: .75rem; min-height: 2.5rem; } .problem { color: #8a1c1c; } .notice { background: #fdecea; padding: .5rem 1rem; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0, 0, 0, 0); }
header { display: flex; justify-content: space-between; align-items: center; gap: 1rem; flex-wrap: wrap; } form.inline { display: inline; }
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** The headers of every desk response: never cached by Next, nginx or the browser, never indexed, no script, no framing. */
export const DESK_HEADERS: Record<string, string> = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'private, no-store',
  'x-robots-tag': 'noindex, nofollow',
  // next.config.mjs sends it too (a route's own value for a header the config sets is dropped); here for direct use.
  'content-security-policy': DESK_POLICY,
  'referrer-policy': 'same-origin',
};

/** A desk page response with the desk's headers. */
export function deskResponse(html: string, status = 200, extra: Record<string, string> = {}): Response {
  return new Response(html, { status, headers: { ...DESK_HEADERS, ...extra } });
}

/** A plain-text desk refusal (404 while the desk is off, 403 for a missing or wrong CSRF token, a role's limit). */
export function deskRefusal(status: number, message: string): Response {
  return new Response(message, { status, headers: { ...DESK_HEADERS, 'content-type': 'text/plain; charset=utf-8' } });
}

/** A 303 to another desk page (after a form post), with any cookies to set. */
export function deskRedirect(location: string, cookies: string[] = []): Response {
  const headers = new Headers({ ...DESK_HEADERS, location });
  for (const cookie of cookies) headers.append('set-cookie', cookie);
  return new Response(null, { status: 303, headers });
}
