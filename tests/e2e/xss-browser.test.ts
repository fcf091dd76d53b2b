import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { XSS_VECTORS } from '../fixtures/xss-vectors';
import { launchBrowser } from '../helpers/browser';
import { startServer, type TestServer } from '../helpers/server';
import { buildHostileNewsroom, SEARCH_WORD } from '../helpers/xss-newsroom';
import { SEARCH_PAGE_SIZE } from '@/lib/search/limits';

const newsroom = buildHostileNewsroom(XSS_VECTORS);
const { articles } = newsroom;
const PARALLEL_TABS = 6;

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
/** Execution signs reported by the trap binding, per page. */
const trapped = new WeakMap<Page, string[]>();

/** Runs in every frame before its own scripts: the corpus signals execution through these, and so do CSP reports. */
function installTraps() {
  const early = (window as unknown as { __xssTrap?: (sign: string) => void }).__xssTrap;
  const hit = (sign: string) => {
    const send = early ?? (window as unknown as { __xssTrap?: (sign: string) => void }).__xssTrap;
    send?.(window === top ? sign : `${sign} in a frame at ${location.href.slice(0, 60)}`);
  };
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    Object.defineProperty(window, name, { configurable: true, writable: true, value: (...args: unknown[]) => hit(`${name}(${args.join(', ')})`) });
  }
  Object.defineProperty(window, '__xss', { configurable: false, get: () => undefined, set: (value) => hit(`window.__xss = ${value}`) });
  addEventListener('securitypolicyviolation', (e) => hit(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`), true);
}

/** Fires the events that inline-handler vectors wait for on every element, as a reader's pointer and keyboard would. */
function pokeEveryElement() {
  for (const el of document.querySelectorAll('*')) {
    el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    el.dispatchEvent(new MouseEvent('mouseenter'));
    el.dispatchEvent(new FocusEvent('focus'));
  }
  // A surviving `id`/`name` of __xss makes `window.__xss` truthy: the corpus's clobbering vector counts that as a hit.
  return document.querySelectorAll('[id="__xss"], [name="__xss"]').length;
}

interface Visit {
  path: string;
  status?: number;
  /** Everything that must not happen: execution signs, CSP reports, errors, leaving the page. */
  signs: string[];
  h1?: string;
  links: string[];
  /** Whether the document's text (HTML or XML) names the hostile articles. */
  mentionsHostile: boolean;
}

/** A browser tab that records what goes wrong in it; each visit gets a fresh list of signs. */
async function openTab() {
  const page = await context.newPage();
  let signs: string[] = [];
  const images = new Set<string>();
  page.on('request', (req) => req.resourceType() === 'image' && images.add(req.url()));
  page.on('dialog', (dialog) => {
    signs.push(`${dialog.type()} dialog "${dialog.message()}" got past the trap`);
    dialog.dismiss().catch(() => {});
  });
  page.on('pageerror', (err) => signs.push(`uncaught error: ${err.message}`));
  page.on('console', (msg) => {
    // Bodies keep harmless pictures like `<img src="x">`, which 404 or cannot resolve offline: that is all we excuse.
    const missingImage = msg.text().startsWith('Failed to load resource') && images.has(msg.location().url);
    if (msg.type() === 'error' && !missingImage) signs.push(`console error: ${msg.text()}`);
  });
  /** Opens one path, waits for it to settle, pokes every element and returns what it saw. */
  const visit = async (path: string): Promise<Visit> => {
    trapped.set(page, (signs = []));
    const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    const landed = page.url();
    await page.waitForTimeout(300);
    const clobbered = await page.evaluate(pokeEveryElement);
    if (clobbered) signs.push(`${clobbered} element(s) clobber window.__xss`);
    await page.waitForTimeout(200);
    if (page.url() !== landed) signs.push(`navigated away to ${page.url()}`);
    const seen = await page.evaluate((word) => ({
      h1: document.querySelector('h1')?.checkVisibility() ? document.querySelector('h1')!.textContent ?? '' : undefined,
      links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
      mentionsHostile: Boolean(document.documentElement.textContent?.includes(word)),
    }), SEARCH_WORD);
    return { path, status: response?.status(), signs, ...seen };
  };
  return { visit, close: () => page.close() };
}

/** Visits the paths a few tabs at a time; results in the order of the paths. */
async function visitAll(paths: string[]): Promise<Visit[]> {
  const visits: Visit[] = [];
  let next = 0;
  const worker = async () => {
    const tab = await openTab();
    try {
      while (next < paths.length) {
        const i = next++;
        visits[i] = await tab.visit(paths[i]);
      }
    } finally {
      await tab.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_TABS, paths.length) }, worker));
  return visits;
}

// Hostile section slugs make paths hundreds of characters long: keep the start and the slug at the end.
const shortPath = (path: string) => (path.length > 100 ? `${path.slice(0, 50)}…${path.slice(-40)}` : path);

/** `path: sign` for every distinct sign seen, and every page that did not answer 200, so a failure names both. */
const failures = (visits: Visit[]) => visits.flatMap((v) => {
  const where = shortPath(v.path);
  const counts = new Map<string, number>();
  for (const sign of v.signs) counts.set(sign, (counts.get(sign) ?? 0) + 1);
  return [...(v.status === 200 ? [] : [`${where}: HTTP ${v.status}`]), ...[...counts].map(([sign, n]) => `${where}: ${sign}${n > 1 ? ` (×${n})` : ''}`)];
});

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(newsroom.dir), launchBrowser()]);
  context = await browser.newContext();
  await context.exposeBinding('__xssTrap', ({ page }, sign: string) => trapped.get(page)?.push(sign));
  await context.addInitScript(installTraps);
}, 60_000);

afterAll(async () => {
  await Promise.all([browser?.close(), server?.stop()]);
  fs.rmSync(newsroom.dir, { recursive: true, force: true });
});

describe('the trap', () => {
  it('catches a real alert, print, __xss write, inline handler, framed script, clobbering, CSP violation and script in a feed', async () => {
    await context.route(`${server.url}/__trap-check`, (route) => route.fulfill({
      contentType: 'text/html',
      headers: { 'content-security-policy': "base-uri 'self'" },
      body: `<!doctype html><title>t</title><base href="https://elsewhere.example/"><script>alert(1)</script>
        <img src="/images/hero.svg" onload="print()"><script>window.__xss = 1</script><div onmouseover="confirm('hover')">x</div>
        <a id="__xss">x</a><iframe srcdoc="<script>prompt('framed')</script>"></iframe>
        <script>document.body.appendChild(document.createElement('iframe')).contentWindow.alert('fresh frame')</script>`,
    }));
    await context.route(`${server.url}/__trap-check.xml`, (route) => route.fulfill({
      contentType: 'application/rss+xml',
      body: '<rss><channel><h:script xmlns:h="http://www.w3.org/1999/xhtml">alert("feed")</h:script></channel></rss>',
    }));
    const [page, feed] = await visitAll(['/__trap-check', '/__trap-check.xml']);
    const expected = ['alert(1)', 'print()', 'window.__xss = 1', 'confirm(hover)', 'prompt(framed)', 'clobber window.__xss', 'alert(fresh frame)', 'CSP violation: base-uri'];
    for (const sign of expected) {
      expect(page.signs.join('\n')).toContain(sign);
    }
    expect(feed.signs.join('\n')).toContain('alert(feed)');
  });
});

describe(`${XSS_VECTORS.length} XSS vectors in ${articles.length} hostile articles, in Chromium`, () => {
  it('are published: each article answers 200 with its hostile headline shown as literal text, and nothing executes', async () => {
    const visits = await visitAll(articles.map((a) => a.url));
    expect(failures(visits)).toEqual([]);
    visits.forEach((v, i) => {
      // NUL never reaches the page; the decoder reads one as U+FFFD, as a browser does.
      const normalise = (text: string) => text.replace(/[\0\uFFFD]/g, '').replace(/\s+/g, ' ').trim();
      const headline = normalise(v.h1 ?? '');
      expect(headline).toContain(`Hostile ${i + 1} ${SEARCH_WORD}`);
      expect(headline).toContain(normalise(articles[i].headline));
    });
    const plain = articles.findIndex((a) => a.vectors.some((v) => v.payload === '<script>alert(1)</script>'));
    expect(visits[plain].h1).toContain('<script>alert(1)</script>');
  });

  it('never execute on the front pages (the French edition\'s too), section fronts, corrections, archive and search', async () => {
    // Archive months are counted in the fixture newsroom's time zone (site.yml).
    const months = new Set(articles.map((a) => a.date.toLocaleDateString('en-CA', { timeZone: 'Europe/London' }).slice(0, 7).replace('-', '/')));
    const searchPages = Array.from({ length: Math.ceil(articles.length / SEARCH_PAGE_SIZE) }, (_, i) => `/search?q=${SEARCH_WORD}${i ? `&page=${i + 1}` : ''}`);
    const visits = await visitAll([
      '/', '/fr', '/tags', '/corrections', ...articles.map((a) => `/${a.sectionSlug}`), ...[...months].map((m) => `/archive/${m}`),
      ...searchPages, '/search?q=alert+onerror+script+javascript', `/search?q=${encodeURIComponent(XSS_VECTORS[0].payload)}`,
    ]);
    expect(failures(visits)).toEqual([]);
    const found = visits.filter((v) => searchPages.includes(v.path)).flatMap((v) => v.links);
    expect(articles.filter((a) => found.includes(a.url))).toHaveLength(articles.length);
    expect(articles.filter((a) => visits[0].links.includes(a.url)).length).toBeGreaterThan(0);
    expect(visits[1].links).toContain(articles[1].url);
  });

  it(`never execute on the ${newsroom.tagSlugs.length} hostile tag pages, which show the tag as text`, async () => {
    const visits = await visitAll(newsroom.tagSlugs.map((slug) => `/tags/${slug}`));
    expect(failures(visits)).toEqual([]);
    expect(visits.map((v, i) => v.h1?.startsWith(`Tag ${i + 1} `))).toEqual(articles.map(() => true));
  });

  it(`never execute on the ${newsroom.guestAuthorIds.length + articles.length} hostile author pages (guest bylines and author files)`, async () => {
    const visits = await visitAll([...articles.map((a) => `/authors/${a.authorId}`), ...newsroom.guestAuthorIds.map((id) => `/authors/${id}`)]);
    expect(failures(visits)).toEqual([]);
    const names = [...articles.map((_, i) => `Reporter ${i + 1} `), ...articles.map((_, i) => `Guest ${i + 1} `)];
    expect(visits.map((v, i) => v.h1?.startsWith(names[i]))).toEqual(names.map(() => true));
  });

  it('never execute in the feeds, sitemaps and live-blog updates Chromium opens as documents', async () => {
    const withTitles = ['/feed.xml', '/fr/feed.xml', '/atom.xml', '/feed.json', '/news-sitemap.xml', ...articles.map((a) => `/${a.sectionSlug}/feed.xml`), '/api/live/hostile-2'];
    const visits = await visitAll([...withTitles, '/sitemap.xml', '/sitemaps/articles-1.xml']);
    expect(failures(visits)).toEqual([]);
    expect(visits.filter((v) => v.mentionsHostile).map((v) => v.path)).toEqual(withTitles);
  });

  it('render the social card of each hostile article as a PNG', async () => {
    const cards = await Promise.all(articles.map(async (a) => {
      const res = await fetch(`${server.url}/og/${a.slug}`);
      const bytes = Buffer.from(await res.arrayBuffer());
      return { slug: a.slug, status: res.status, type: res.headers.get('content-type'), png: bytes.subarray(1, 4).toString() === 'PNG' };
    }));
    expect(cards).toEqual(articles.map((a) => ({ slug: a.slug, status: 200, type: 'image/png', png: true })));
  });
});
