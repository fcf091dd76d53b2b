import { createHash } from 'node:crypto';
import path from 'node:path';
import { startServer, type TestServer } from '../helpers/server';
import { GPT_ORIGIN } from '../../lib/security-policy.mjs';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'newsroom');
let server: TestServer;

beforeAll(async () => {
  server = await startServer(FIXTURE);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('protective headers', () => {
  it('sends them with pages, feeds and images, and no X-Powered-By', async () => {
    for (const pathname of ['/', '/news/full-anatomy', '/feed.xml', '/images/hero.svg', '/no-such-page']) {
      const res = await fetch(`${server.url}${pathname}`);
      expect({ pathname, nosniff: res.headers.get('x-content-type-options') }).toEqual({ pathname, nosniff: 'nosniff' });
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('permissions-policy')).toContain('camera=()');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });
});

describe('isolation headers', () => {
  it('isolates pages from other windows and keeps their resources to this origin, images excepted', async () => {
    for (const pathname of ['/', '/news/full-anatomy', '/feed.xml', '/no-such-page', '/search?q=river']) {
      const res = await fetch(`${server.url}${pathname}`);
      expect({ pathname, coop: res.headers.get('cross-origin-opener-policy'), corp: res.headers.get('cross-origin-resource-policy') })
        .toEqual({ pathname, coop: 'same-origin', corp: 'same-origin' });
    }
    // Feed readers and social sites show the pictures and cards from their own pages.
    for (const pathname of ['/images/hero.svg', '/og/full-anatomy']) {
      const res = await fetch(`${server.url}${pathname}`);
      expect({ pathname, corp: res.headers.get('cross-origin-resource-policy') }).toEqual({ pathname, corp: 'cross-origin' });
    }
  });

  it('sends Strict-Transport-Security only when the request came over https', async () => {
    const plain = await fetch(`${server.url}/news/full-anatomy`);
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    const secure = await fetch(`${server.url}/news/full-anatomy`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(secure.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}; includeSubDomains$/);
  });
});

describe('served images', () => {
  it('sandboxes every image so an SVG opened on its own runs no script', async () => {
    for (const pathname of ['/images/hero.svg', '/images/HERO.SVG']) {
      const res = await fetch(`${server.url}${pathname}`);
      if (res.status === 404) continue;
      const policies = (res.headers.get('content-security-policy') ?? '').split(', ');
      expect({ pathname, policies }).toEqual({ pathname, policies: [expect.stringMatching(/^default-src 'none';.*\bsandbox\b/)] });
      expect(policies[0]).not.toContain('script-src');
    }
  });
});

describe('content security policy', () => {
  /** The policies of a response (fetch joins repeated headers with ", "), each as its script-src rule. */
  const scriptRules = (res: Response) =>
    (res.headers.get('content-security-policy') ?? '').split(', ').map((policy) => /script-src [^;]*/.exec(policy)?.[0] ?? 'none');
  const inlineScripts = (html: string) =>
    [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attrs]) => !/src=|application\/ld\+json/.test(attrs));

  it('stores each cached page with a policy naming exactly its inline scripts by hash, sent from the first response on', async () => {
    for (const pathname of ['/', '/news', '/news/full-anatomy', '/tags', '/tags/rivers', '/archive', '/archive/2025/01', '/search?q=river', '/no-such-page']) {
      for (const round of ['first', 'cached']) {
        const res = await fetch(`${server.url}${pathname}`);
        const html = await res.text();
        const rules = scriptRules(res);
        // The base policy every response carries, and the page's own, which is the one that decides: with no ad
        // network in site.yml (this newsroom), GPT's origin, which the base allows for pages with ads, is not in it.
        expect({ pathname, round, base: rules[0] }).toEqual({ pathname, round, base: `script-src 'self' 'unsafe-inline' ${GPT_ORIGIN}` });
        const hashes = new Set(rules[1]?.match(/'sha256-[^']+'/g));
        const expected = new Set(inlineScripts(html).map(([, , body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`));
        expect(expected.size).toBeGreaterThan(1);
        expect({ pathname, round, rule: rules[1]?.replace(/ 'sha256-[^']+'/g, ''), hashes }).toEqual({ pathname, round, rule: "script-src 'self'", hashes: expected });
      }
    }
  });

  it('refuses other origins, eval and plugins in every policy', async () => {
    for (const pathname of ['/', '/news/full-anatomy', '/search?q=river', '/feed.xml']) {
      const policies = (await fetch(`${server.url}${pathname}`)).headers.get('content-security-policy')!;
      expect(policies).not.toContain('unsafe-eval');
      for (const policy of policies.split(', ')) expect({ pathname, policy }).toEqual({ pathname, policy: expect.stringContaining("default-src 'self'") });
      expect(policies).toContain("object-src 'none'");
    }
  });
});

describe('behind a proxy that ends TLS (deploy/nginx.conf: X-Forwarded-Proto https, HOSTNAME=127.0.0.1)', () => {
  // Next took proxy.ts's rewrites (search, the 404 page) for another site's address when the server was started with
  // a host name, and fetched them over the network from itself: over https against its own plain port, a 500.
  const overHttps = { headers: { 'x-forwarded-proto': 'https' } };

  it('answers searches, missing pages and redirects as it does over plain http', async () => {
    const search = await fetch(`${server.url}/search?q=river`, overHttps);
    expect(search.status).toBe(200);
    expect(await search.text()).toContain('River');
    const missing = await fetch(`${server.url}/news/no-such-story`, overHttps);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<h1');
    const moved = await fetch(`${server.url}/old/full-anatomy-story`, { ...overHttps, redirect: 'manual' });
    expect(moved.status).toBe(308);
    expect(new URL(moved.headers.get('location')!, server.url).pathname).toBe('/news/full-anatomy');
  });

  it('serves rewritten pages in the same request, not through a second request to itself', async () => {
    for (const pathname of ['/search?q=river', '/news/no-such-story']) {
      const rewrite = (await fetch(`${server.url}${pathname}`)).headers.get('x-middleware-rewrite');
      // Next sends a path for a rewrite it serves itself, and the whole address for one it fetches from elsewhere.
      expect({ pathname, rewrite }).toEqual({ pathname, rewrite: expect.stringMatching(/^\/(search-results\/|_not-found)/) });
    }
  });
});
