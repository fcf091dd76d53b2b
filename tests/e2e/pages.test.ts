import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { artifactDir, launchBrowser } from '../helpers/browser';
import { readAsReader, SAMPLE_READS } from '../helpers/reader-views';
import { startServer, type TestServer } from '../helpers/server';

const ROOT = path.join(__dirname, '..', '..');
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 900 } } as const;
const SCHEMES = ['light', 'dark'] as const;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let sample: TestServer;
let fixture: TestServer;
let browser: Browser;

/** Every page type readers meet, on the sample newsroom or (for edge cases) the fixture one. */
const PAGES: { name: string; server: () => TestServer; path: string; status?: number }[] = [
  { name: 'front', server: () => sample, path: '/' },
  { name: 'section', server: () => sample, path: '/politics' },
  { name: 'section-page-2', server: () => fixture, path: '/news/page/2' },
  { name: 'article', server: () => sample, path: '/politics/leaders-debate-housing' },
  { name: 'article-every-field', server: () => fixture, path: '/news/full-anatomy' },
  // A correction box, four ad slots and (until 8 December 2026) the breaking-news banner.
  { name: 'article-correction', server: () => sample, path: '/politics/lowfield-boundary-ruling' },
  { name: 'article-no-optional', server: () => fixture, path: '/news/minimal' },
  // A French translation: French interface strings, lang="fr" content, a link to the English original.
  { name: 'article-fr', server: () => sample, path: '/science/observatoire-eastmoor-premiere-lumiere' },
  { name: 'front-fr', server: () => sample, path: '/fr' },
  { name: 'tag', server: () => sample, path: '/tags/housing' },
  { name: 'author', server: () => sample, path: '/authors/amara-osei' },
  { name: 'search', server: () => sample, path: '/search?q=housing' },
  { name: 'not-found', server: () => sample, path: '/politics/no-such-story', status: 404 },
];

beforeAll(async () => {
  [sample, fixture, browser] = await Promise.all([
    startServer(path.join(ROOT, 'content'), { MOST_READ_REFRESH_MS: '200' }),
    startServer(path.join(ROOT, 'tests', 'fixtures', 'newsroom')),
    launchBrowser(),
  ]);
  // Readers first, so the pages checked carry "Most read" (Chromium's own visits are not counted: it is headless).
  await readAsReader(sample.url, SAMPLE_READS);
  await new Promise((r) => setTimeout(r, 600));
}, 90_000);

afterAll(async () => {
  await Promise.all([browser?.close(), sample?.stop(), fixture?.stop()]);
});

/** Opens a page and records everything that went wrong while it loaded. */
async function open(context: BrowserContext, url: string, expectedStatus: number) {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    // Chrome logs every error status, the 404 page's own document included: that one is expected.
    const expected = expectedStatus >= 400 && msg.location().url === url && msg.text().startsWith('Failed to load resource');
    if (msg.type() === 'error' && !expected) problems.push(`console: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
  page.on('response', (res) => {
    if (res.status() >= 400 && !(res.url() === url && res.status() === expectedStatus)) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  return { page, problems, status: response?.status() };
}

/** Scrolls through the page so lazy images load before a full-page screenshot, then returns to the top. */
async function loadLazyImages(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 50));
    }
    const loads = [...document.images].map((img) => (img.complete ? null : new Promise((r) => img.addEventListener('load', r, { once: true }))));
    await Promise.race([Promise.all(loads), new Promise((r) => setTimeout(r, 3000))]);
    scrollTo(0, 0);
  });
}

describe.each(PAGES)('$name ($path)', ({ name, server, path: pathname, status = 200 }) => {
  for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
    for (const scheme of SCHEMES) {
      it(`${viewportName}, ${scheme}: no axe violations, no errors or failed requests, fits the screen`, async () => {
        const context = await browser.newContext({ viewport, colorScheme: scheme, reducedMotion: 'reduce' });
        try {
          const { page, problems, status: got } = await open(context, `${server().url}${pathname}`, status);
          expect(got).toBe(status);
          await loadLazyImages(page);
          await page.screenshot({ path: path.join(artifactDir('__screenshots__'), `${name}-${viewportName}-${scheme}.png`), fullPage: true });
          const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
          const violations = axe.violations.map((v) => `${v.id}: ${v.nodes.length}× ${v.nodes[0]?.target.join(' ')} — ${v.nodes[0]?.failureSummary?.split('\n')[1] ?? v.help}`);
          expect(violations).toEqual([]);
          expect(problems).toEqual([]);
          if (viewportName === 'phone') {
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            expect(overflow).toBeLessThanOrEqual(0);
          }
        } finally {
          await context.close();
        }
      });
    }
    it(`${viewportName}: a visible skip link leads to the content; focus is visible`, async () => {
      const context = await browser.newContext({ viewport });
      try {
        const { page } = await open(context, `${server().url}${pathname}`, status);
        await page.keyboard.press('Tab');
        const skip = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const box = el.getBoundingClientRect();
          return { text: el.textContent, href: el.getAttribute('href'), visible: box.top >= 0 && box.bottom <= innerHeight && box.width > 0, outline: getComputedStyle(el).outlineStyle };
        });
        expect(skip).toMatchObject({ text: 'Skip to main content', href: '#main', visible: true });
        expect(skip.outline).not.toBe('none');
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      } finally {
        await context.close();
      }
    });
  }
});

describe('section navigation by keyboard', () => {
  it.each(Object.entries(VIEWPORTS))('%s: Tab reaches every section link with a visible focus ring, Enter follows it', async (_name, viewport) => {
    const context = await browser.newContext({ viewport });
    try {
      const { page } = await open(context, `${sample.url}/`, 200);
      const navLinks = await page.locator('nav[aria-label="Sections"] a').count();
      const reached = new Set<string>();
      for (let i = 0; i < 40 && reached.size < navLinks; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const inNav = Boolean(el.closest('nav[aria-label="Sections"]'));
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          return { inNav, href: el.getAttribute('href'), outline: style.outlineStyle, width: parseFloat(style.outlineWidth), onScreen: box.right > 0 && box.left < innerWidth };
        });
        if (!focus.inNav) continue;
        expect(focus.outline).not.toBe('none');
        expect(focus.width).toBeGreaterThanOrEqual(2);
        expect(focus.onScreen).toBe(true);
        reached.add(focus.href!);
      }
      expect(reached.size).toBe(navLinks);
      await page.keyboard.press('Shift+Tab');
      const target = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      await Promise.all([page.waitForURL(`**${target}`), page.keyboard.press('Enter')]);
      expect(new URL(page.url()).pathname).toBe(target);
    } finally {
      await context.close();
    }
  });
});
