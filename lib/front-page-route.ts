/**
 * Where `/` is served from inside the app. next.config.mjs rewrites `/` to this path (and sends readers who
 * type it back to `/`), so the front page is cached like every other dynamic route.
 */
export const FRONT_PAGE_PATH = '/front-page/latest';

/** The route parameter the front page answers to; any other value is 404. */
export const FRONT_PAGE_EDITION = 'latest';

/**
 * The indexes of the whole archive, served from `/index-pages/<name>` the same way (next.config.mjs rewrites
 * `/tags` and `/archive` there): a route with a parameter is rendered on first request and cached, where a
 * page without one would be rendered by `next build` (which never reads the archive) or for every request.
 */
export const INDEX_PAGES = ['tags', 'archive'] as const;
