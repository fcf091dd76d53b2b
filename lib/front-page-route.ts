/**
 * Where `/` is served from inside the app. next.config.mjs rewrites `/` to this path (and sends readers who
 * type it back to `/`), so the front page is cached like every other dynamic route.
 */
export const FRONT_PAGE_PATH = '/front-page/latest';

/** The route parameter the front page answers to; any other value is 404. */
export const FRONT_PAGE_EDITION = 'latest';
