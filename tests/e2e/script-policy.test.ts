import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { startServer, type TestServer } from '../helpers/server';

const ROOT = path.join(__dirname, '..', '..');
let server: TestServer;
let browser: Browser;

// Cached pages, search results included (served from Next's cache, so they carry the stored hash policy).
const PAGES = ['/', '/politics', '/politics/leaders-debate-housing', '/tags', '/tags/housing', '/archive', '/search?q=housing', '/authors/amara-osei', '/politics/no-such-story'];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(path.join(ROOT, 'content')), launchBrowser()]);
  // The first request renders and stores each page; the ones below are served from the cache, as readers get them.
  for (const p of PAGES) await fetch(`${server.url}${p}`);
}, 90_000);

afterAll(async () => {
  await Promise.all([browser?.close(), server?.stop()]);
});

// What a successful injection would put in the served HTML: a script and an inline event handler, neither carrying a nonce.
const INJECTED = '<script>window.__injected = "script"</script><img src="/icon.svg" alt="" onload="window.__injected = \'handler\'">';

describe.each(PAGES)('script policy on %s', (pathname) => {
  it('runs the page\'s own inline scripts, and none injected into its HTML', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective), true);
    });
    const page = await context.newPage();
    // The real response, headers and all, with the injection added before </body>.
    await page.route(`${server.url}${pathname}`, async (route) => {
      const response = await route.fetch();
      route.fulfill({ response, body: (await response.text()).replace('</body>', `${INJECTED}</body>`) });
    });
    const response = await page.goto(`${server.url}${pathname}`, { waitUntil: 'load' });
    const policies = (await response!.headerValue('content-security-policy')) ?? '';
    expect(policies).toMatch(/script-src 'self' 'sha256-/);
    // React hydrates the page from the data Next writes into inline scripts: it does only if they were allowed to run.
    const hydrated = () => Object.keys(document.body).some((key) => key.startsWith('__reactFiber$'));
    await page.waitForFunction(hydrated, undefined, { timeout: 10_000 }).catch(() => {});
    // Both refusals are reported, the handler's once the picture has loaded.
    await page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.length >= 2, undefined, { timeout: 5_000 }).catch(() => {});
    const result = await page.evaluate(() => ({
      ownScriptsRan: Object.keys(document.body).some((key) => key.startsWith('__reactFiber$')),
      injected: (window as unknown as { __injected?: string }).__injected ?? 'blocked',
      violations: (window as unknown as { __violations: string[] }).__violations,
    }));
    await context.close();
    expect({ ...result, violations: result.violations.sort() }).toEqual({ ownScriptsRan: true, injected: 'blocked', violations: ['script-src-attr', 'script-src-elem'] });
  });
});
