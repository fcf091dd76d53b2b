import http from 'node:http';
import path from 'node:path';
import { startServer, type TestServer } from '../helpers/server';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'newsroom');
let server: TestServer;

/** Sends the path exactly as written: fetch would resolve `..` and re-encode before it left the client. */
function rawGet(rawPath: string): Promise<{ status: number; location?: string; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  server = await startServer(FIXTURE);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

// What would show that a request reached a file or an error it should not: a password file, a source path, a stack.
const LEAKS = [/root:.*:0:0:/, /\/work\/|node_modules|\.next-test/, /\n\s+at [\w.<>]+ \(/, /BEGIN (RSA|OPENSSH) PRIVATE KEY/];

const TRAVERSAL = [
  '/..%2f..%2f..%2fetc%2fpasswd',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/news/..%2f..%2f..%2fetc%2fpasswd',
  '/images/..%2f..%2fsite.yml',
  '/images/%2e%2e/%2e%2e/package.json',
  '/images/..%5c..%5cpackage.json',
  '/images/%252e%252e%252fsite.yml',
  '/news/%00',
  '/news/full-anatomy%00.md',
  '/_next/static/..%2f..%2fpackage.json',
  '/og/..%2f..%2fetc%2fpasswd',
  '/sitemaps/..%2fpackage.json',
  '/tags/%2e%2e%2f%2e%2e%2fetc',
];

// Paths whose segments decode to another host: a redirect built from them would leave the site.
const OFFSITE = ['/%2Fevil.example/page/1', '/%5Cevil.example/page/1', '/%2F%2Fevil.example', '//evil.example/news', '/%2Fevil.example/x/page/1',
  '/tags/%2F%2Fevil.example/page/1', '/archive/2025/%2F%2Fevil.example/page/1', '/news/full-anatomy/%2F%2Fevil.example'];

const ODD = [
  `/${'a'.repeat(4000)}`,
  `/news/${'b/'.repeat(400)}`,
  '/NEWS/FULL-ANATOMY',
  '/news/full-anatomy/',
  '/news/full-anatomy?utm_source=%3Cscript%3E&a[]=1&a[]=2',
  encodeURI('/news/ĉafé-ünïcödé'),
  '/news/%F0%9F%93%B0',
  '/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '/search?q=' + 'x'.repeat(5000),
  '/news/page/99999999999999999999',
  '/news/page/-1',
  '/archive/9999/99',
  '/archive/0000/00/page/0',
  '/authors/%00',
  '/feed.xml?%%%',
];

// Escapes that decode to no text: invalid bytes, a stray or unfinished `%`, overlong UTF-8, a lone surrogate.
const MALFORMED_ESCAPES = ['%ff', '%ff%fe%fd', '%c0%af', '%e0%80%af', '%ed%a0%80', '%', 'a%', '%zz', '%4', '%%41'];
// Every shape of path the site answers, with X where the undecodable segment goes.
const ROUTE_SHAPES = ['/X', '/news/X', '/news/full-anatomy/X', '/news/page/X', '/X/feed.xml', '/tags/X', '/tags/X/page/2',
  '/authors/X', '/archive/X', '/archive/2025/X', '/archive/2025/11/page/X', '/search/X', '/images/X', '/images/X.png',
  '/og/X', '/og/news/X', '/sitemaps/X', '/sitemaps/X.xml', '/api/preview/X'];
const MALFORMED = ROUTE_SHAPES.flatMap((shape) => MALFORMED_ESCAPES.map((escape) => shape.replace('X', escape)));

describe('hostile and odd URLs on a built server', () => {
  it.each(MALFORMED)('answers the undecodable path %s with 400 or 404', async (rawPath) => {
    const res = await rawGet(rawPath);
    expect([400, 404]).toContain(res.status);
    for (const leak of LEAKS) expect(res.body).not.toMatch(leak);
  });

  // Every /front-page/ address is the home page's inner name and is redirected whatever follows (next.config.mjs).
  it.each(MALFORMED_ESCAPES)('redirects /front-page/%s home', async (escape) => {
    const res = await rawGet(`/front-page/${escape}`);
    expect({ status: res.status, location: res.location }).toEqual({ status: 308, location: '/' });
  });

  it.each(MALFORMED_ESCAPES)('answers a search for the undecodable %s without a server error', async (escape) => {
    for (const rawPath of [`/search?q=${escape}`, `/news?page=${escape}`, `/feed.xml?${escape}`]) {
      expect((await rawGet(rawPath)).status).toBeLessThan(500);
    }
  });

  it.each(TRAVERSAL)('never serves a file outside the site for %s', async (rawPath) => {
    const res = await rawGet(rawPath);
    expect([400, 404, 301, 308]).toContain(res.status);
    for (const leak of LEAKS) expect(res.body).not.toMatch(leak);
  });

  it.each(ODD)('answers %s without a server error or a leak', async (rawPath) => {
    const res = await rawGet(rawPath);
    expect(res.status).toBeLessThan(500);
    for (const leak of LEAKS) expect(res.body).not.toMatch(leak);
  });

  it.each([...TRAVERSAL, ...ODD, ...OFFSITE])('never redirects %s to another site', async (rawPath) => {
    const res = await rawGet(rawPath);
    const target = res.location === undefined ? server.url : new URL(res.location, server.url).origin;
    expect({ status: res.status, target }).toEqual({ status: res.status, target: new URL(server.url).origin });
  });

  it('redirects a trailing slash to the canonical address and reflects no markup from the query string', async () => {
    const slash = await rawGet('/news/full-anatomy/');
    expect([301, 308]).toContain(slash.status);
    expect(slash.location).toMatch(/\/news\/full-anatomy$/);
    const search = await rawGet('/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(search.body).not.toContain('<script>alert(1)</script>');
  });

  it('sends /favicon.ico, which browsers ask for on their own, to the site icon', async () => {
    const res = await rawGet('/favicon.ico');
    expect(res.status).toBe(308);
    expect(res.location).toBe('/icon.svg');
  });
});
