/**
 * How long a shared cache (CDN, nginx) may serve a page, feed or sitemap before asking again: the publishing
 * window. Pages get the same figures from Next (`revalidate = 1` in each route, `expireTime: 300` in
 * next.config.mjs), so everything public goes stale together.
 */
export const PUBLIC_CACHE_CONTROL = 'public, s-maxage=1, stale-while-revalidate=299';

/** For responses that must never be stored: previews, personal or secret-bearing answers. */
export const PRIVATE_CACHE_CONTROL = 'private, no-store';

const memo = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * Builds a body once per content version: `version` is any object replaced whenever the content changes
 * (the published article list is), so feeds and sitemaps are not rebuilt on every request.
 */
export function bodyForVersion<T>(version: object, key: string, build: () => Promise<T>): Promise<T> {
  let bodies = memo.get(version);
  if (!bodies) memo.set(version, (bodies = new Map()));
  let body = bodies.get(key) as Promise<T> | undefined;
  if (!body) {
    body = build();
    bodies.set(key, body);
    body.catch(() => bodies.delete(key));
  }
  return body;
}
