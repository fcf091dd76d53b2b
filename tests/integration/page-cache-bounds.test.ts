import path from 'node:path';
import { startServer, type TestServer } from '../helpers/server';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'newsroom');
let server: TestServer;

beforeAll(async () => {
  server = await startServer(FIXTURE, { PREVIEW_SECRET: 'correct horse battery staple' });
  // The site's one cached 404 page, rendered once before the probes below.
  await fetch(`${server.url}/no-such-page`);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
// Unknown paths of every shape a visitor can invent, a fresh name each time.
const UNKNOWN = [
  () => `/news/no-such-${unique()}`, () => `/no-such-${unique()}`, () => `/${unique()}.txt`, () => `/news/${unique()}.html`,
  () => `/wp-${unique()}.php`, () => `/news/full-anatomy/${unique()}.png`, () => `/tags/${unique()}`, () => `/authors/${unique()}`,
];
const FORGED = ['__prerender_bypass=forged', '__prerender_bypass=0123456789abcdef0123456789abcdef', '__prerender_bypass='];

/** How the response came out of Next's page cache: HIT or STALE from an entry, MISS when rendered and stored anew. */
async function cacheState(pathname: string, cookie?: string) {
  const res = await fetch(`${server.url}${pathname}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  await res.arrayBuffer();
  return { status: res.status, cache: res.headers.get('x-nextjs-cache') };
}

describe("unknown paths add nothing to Next's page cache", () => {
  it.each(UNKNOWN.map((make, i) => [i, make] as const))('answers unknown path shape %i from the one cached 404 page', async (_i, make) => {
    const pathname = make();
    const state = await cacheState(pathname);
    expect({ pathname, ...state }).toEqual({ pathname, status: 404, cache: expect.stringMatching(/^(HIT|STALE)$/) });
  });

  it.each(FORGED)('gives a forged draft-mode cookie (%s) the same cached 404 page, not a render of its own', async (cookie) => {
    for (const make of UNKNOWN) {
      const pathname = make();
      const state = await cacheState(pathname, cookie);
      expect({ pathname, ...state }).toEqual({ pathname, status: 404, cache: expect.stringMatching(/^(HIT|STALE)$/) });
    }
  });

  it('still previews a draft with the cookie Next set, and a forged one shows nothing unpublished', async () => {
    const secret = encodeURIComponent('correct horse battery staple');
    const enter = await fetch(`${server.url}/api/preview?secret=${secret}&slug=draft`, { redirect: 'manual' });
    const cookie = enter.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    expect((await fetch(`${server.url}/news/draft`, { headers: { cookie } })).status).toBe(200);
    for (const forged of FORGED) expect((await fetch(`${server.url}/news/draft`, { headers: { cookie: forged } })).status).toBe(404);
  });
});
