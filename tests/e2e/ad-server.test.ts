import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { GPT_ORIGIN, GPT_SCRIPT_URL } from '../../lib/security-policy.mjs';
import { launchBrowser } from '../helpers/browser';
import { startServer, type TestServer } from '../helpers/server';

// The Google Publisher Tag adapter on (site.yml `ads.network`), against a stand-in for GPT served in place of Google's
// origin: every box becomes a GPT slot with its sizes, the filled page does not move (CLS 0), and the page's policy
// lets GPT's origin load and nothing else, whatever the ad script tries.
const ROOT = path.join(__dirname, '..', '..');
const NETWORK = '/1234567/courier';
let dir: string;
let server: TestServer;
let browser: Browser;

const STUB_GPT = `(function () {
  var calls = (window.__gpt = { defined: [], displayed: [], mapped: [] });
  var slots = {};
  function Slot(unit, sizes, id) { this.unit = unit; this.sizes = sizes; this.id = id; }
  Slot.prototype.addService = function () { return this; };
  Slot.prototype.defineSizeMapping = function (m) { calls.mapped.push(this.id); this.mapping = m; return this; };
  var pubads = { enableSingleRequest: function () {} };
  var api = {
    defineSlot: function (unit, sizes, id) { calls.defined.push({ unit: unit, sizes: sizes, id: id }); return (slots[id] = new Slot(unit, sizes, id)); },
    pubads: function () { return pubads; },
    sizeMapping: function () { var m = []; return { addSize: function (v, s) { m.push([v, s]); return this; }, build: function () { return m; } }; },
    enableServices: function () {},
    display: function (id) {
      var slot = slots[id];
      var size = slot.mapping ? (innerWidth >= 640 ? slot.mapping[0][1][0] : slot.mapping[1][1][0]) : slot.sizes[0];
      var ad = document.createElement('div');
      ad.className = 'stub-ad';
      ad.style.cssText = 'width:' + size[0] + 'px;height:' + size[1] + 'px;background:#888';
      document.getElementById(id).appendChild(ad);
      calls.displayed.push(id);
    },
  };
  var queued = (window.googletag && window.googletag.cmd) || [];
  api.cmd = { push: function (f) { f(); } };
  window.googletag = api;
  queued.forEach(function (f) { f(); });
  // What a misbehaving ad script might try: a script and a beacon from elsewhere, which the page's policy refuses.
  var s = document.createElement('script');
  s.src = 'https://elsewhere.example/tracker.js';
  document.head.appendChild(s);
  fetch('https://elsewhere.example/beacon').catch(function () {});
})();`;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ad-server-'));
  fs.cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
  const site = fs.readFileSync(path.join(dir, 'site.yml'), 'utf8');
  fs.writeFileSync(path.join(dir, 'site.yml'), site.replace(/^ads:\n/m, `ads:\n  network: ${NETWORK}\n`));
  [server, browser] = await Promise.all([startServer(dir), launchBrowser()]);
}, 90_000);

afterAll(async () => {
  await Promise.all([browser?.close(), server?.stop()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe.each([
  ['desktop', { width: 1366, height: 900 }, '/politics/leaders-debate-housing'],
  ['phone', { width: 390, height: 844 }, '/politics/leaders-debate-housing'],
  ['desktop', { width: 1366, height: 900 }, '/politics'],
])('with the GPT adapter on, on a %s (%j), %s', (_device, viewport, pathname) => {
  it('defines a slot per box with its sizes, fills them without moving the page, and loads nothing but GPT', async () => {
    const context = await browser.newContext({ viewport });
    await context.addInitScript(() => {
      const w = window as unknown as { __cls: number; __violations: string[] };
      w.__cls = 0;
      w.__violations = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) w.__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
    });
    const elsewhere: string[] = [];
    await context.route(`${GPT_ORIGIN}/**`, (route) =>
      route.request().url() === GPT_SCRIPT_URL ? route.fulfill({ contentType: 'text/javascript', body: STUB_GPT }) : route.fulfill({ status: 404, body: '' }));
    const page = await context.newPage();
    // Chromium reports a request the policy refused too, then fails it: only those that got an answer were loaded.
    page.on('response', (res) => {
      const origin = new URL(res.url()).origin;
      if (origin !== server.url && origin !== GPT_ORIGIN && !res.url().startsWith('data:')) elsewhere.push(res.url());
    });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    const response = await page.goto(`${server.url}${pathname}`, { waitUntil: 'load' });
    const boxes = await page.locator('[data-ad-unit]').evaluateAll((els) => els.map((e) => ({ id: e.id, unit: e.getAttribute('data-ad-unit'), sizes: e.getAttribute('data-ad-sizes') })));
    expect(boxes.length).toBeGreaterThan(0);
    await page.waitForFunction((n) => (window as unknown as { __gpt?: { displayed: string[] } }).__gpt?.displayed.length === n, boxes.length, { timeout: 10_000 })
      .catch(async (err) => {
        throw new Error(`${err.message}\nboxes ${JSON.stringify(boxes)}\ngpt ${JSON.stringify(await page.evaluate(() => (window as unknown as { __gpt?: unknown }).__gpt))}\nerrors ${errors.join('\n')}`);
      });
    await page.waitForTimeout(500);
    const result = await page.evaluate(() => {
      const w = window as unknown as { __cls: number; __violations: string[]; __gpt: { defined: { unit: string; sizes: number[][]; id: string }[] } };
      return { cls: w.__cls, violations: w.__violations, defined: w.__gpt.defined, mapped: (w.__gpt as unknown as { mapped: string[] }).mapped };
    });
    const policies = (await response!.headerValue('content-security-policy'))!.split(', ');
    await context.close();
    expect(result.defined).toEqual(boxes.map((b) => ({ id: b.id, unit: b.unit, sizes: b.sizes!.split(',').map((s) => s.split('x').map(Number)) })));
    expect(boxes.every((b) => b.unit?.startsWith(`${NETWORK}/`))).toBe(true);
    // A box with a phone size gets GPT's size mapping: its first size from 40rem (640 px) up, the phone size below.
    expect(result.mapped).toEqual(boxes.filter((b) => b.sizes!.includes(',')).map((b) => b.id));
    expect(result.cls).toBe(0);
    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
    // Each of the two policies a page carries (the base and its own) reports the refusal.
    expect([...new Set(result.violations)].sort()).toEqual(['connect-src https://elsewhere.example/beacon', 'script-src-elem https://elsewhere.example/tracker.js']);
    expect(policies[1]).toMatch(new RegExp(`script-src 'self' ${GPT_ORIGIN.replace(/\./g, '\\.')} 'sha256-`));
  });
});
