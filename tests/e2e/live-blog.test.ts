import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { startServer, type TestServer } from '../helpers/server';

// A live article reads fully without JavaScript, and with it shows an entry saved to the file within 10 s, no reload.
const ROOT = path.join(__dirname, '..', '..');
const LIVE = '/politics/coalition-talks-live';
const PLAIN = '/politics/hung-assembly-count';
const FILE = path.join('articles', 'politics', '2026-12-07-coalition-talks-live.md');
let dir: string;
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'live-blog-'));
  fs.cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
  // The sample's coverage has an end; the copy keeps running for the length of the test, whenever it runs.
  const source = fs.readFileSync(path.join(dir, FILE), 'utf8');
  fs.writeFileSync(path.join(dir, FILE), source.replace(/^liveEnds: .*$/m, `liveEnds: ${new Date(Date.now() + 3_600_000).toISOString()}`));
  [server, browser] = await Promise.all([startServer(dir), launchBrowser()]);
  for (const pathname of [LIVE, PLAIN]) await fetch(`${server.url}${pathname}`);
}, 90_000);

afterAll(async () => {
  await Promise.all([browser?.close(), server?.stop()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The JavaScript files a page loads (uncompressed bytes), as the browser received them. */
async function scripts(page: Page, pathname: string): Promise<{ url: string; body: string }[]> {
  const pending: Promise<{ url: string; body: string } | undefined>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') pending.push(response.text().then((body) => ({ url: response.url(), body }), () => undefined));
  });
  await page.goto(`${server.url}${pathname}`, { waitUntil: 'networkidle' });
  return (await Promise.all(pending)).filter((s) => s !== undefined);
}

describe('a live blog in the browser', () => {
  it('reads without JavaScript: every entry, newest first, each under its time with its own anchor', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}${LIVE}`);
    const ids = await page.locator('.live-entry').evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toEqual(['entry-20261207-1910', 'entry-20261207-1630', 'entry-20261207-1345', 'entry-20261207-1120', 'entry-20261207-0902', 'entry-20261207-0715']);
    expect(await page.locator('#entry-20261207-1120 .live-entry__time').getAttribute('href')).toBe('#entry-20261207-1120');
    expect(await page.locator('.article-header .live-badge').textContent()).toBe('Live');
    await context.close();
  });

  it('has no accessibility violations', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}${LIVE}`, { waitUntil: 'networkidle' });
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    await context.close();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('shows an entry saved to the file within 10 s, without a reload, and announces it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}${LIVE}`, { waitUntil: 'networkidle' });
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const file = path.join(dir, FILE);
    const text = fs.readFileSync(file, 'utf8');
    const saved = Date.now();
    fs.writeFileSync(file, text.replace('## 19:10', '## 20:40 Hallin: "We will decide on Wednesday"\n\nThe Independents\' leader said the party would announce its choice after both meetings.\n\n## 19:10'));
    await page.locator('#entry-20261207-2040').waitFor({ timeout: 10_000 });
    const took = Date.now() - saved;
    console.log(`live blog: a saved entry appeared in an open page ${took} ms after the file was written`);
    expect(took).toBeLessThan(10_000);
    expect(await page.locator('.live-entry').first().getAttribute('id')).toBe('entry-20261207-2040');
    expect(await page.locator('[role="status"]').textContent()).toBe('1 new entry');
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await context.close();
  });

  it('adds one small script, the polling island, to the page\'s JavaScript', async () => {
    const context = await browser.newContext();
    const loaded = await scripts(await context.newPage(), LIVE);
    await context.close();
    const island = loaded.filter((s) => s.body.includes('live-entry__time'));
    const total = loaded.reduce((sum, s) => sum + s.body.length, 0);
    console.log(`live blog: the island is ${island.map((s) => s.body.length).join(' + ')} bytes of ${total} bytes of JavaScript on the page`);
    expect(island).toHaveLength(1);
    expect(island[0].body.length).toBeLessThan(4 * 1024);
  });
});
