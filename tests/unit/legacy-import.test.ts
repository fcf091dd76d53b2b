import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeLegacyArchive } from '../helpers/legacy-archive';

// A Hugo, Jekyll and Eleventy archive as real exports write it, loaded by the store as the site would load it.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'legacy-archive-'));
const posts = writeLegacyArchive(dir, 1500);
process.env.CONTENT_DIR = dir;
process.env.CONTENT_CACHE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'legacy-cache-'));

import { getArticleHtml, getArticleText } from '@/lib/content';
import { publishedView, stopWatching } from '@/lib/content/store';
import type { CheckReport } from '@/lib/content/check-report';

jest.setTimeout(120_000);
afterAll(() => stopWatching());

const root = path.join(__dirname, '../..');
const publishable = posts.filter((p) => p.publishes);

describe('a legacy archive imports unchanged', () => {
  beforeAll(() => jest.spyOn(console, 'error').mockImplementation(() => {}));

  it('has the mix it claims: every flavour, and posts the old tool would not publish', () => {
    expect(new Set(posts.map((p) => p.flavour)).size).toBe(3);
    expect(publishable.length).toBeGreaterThan(posts.length * 0.8);
    expect(publishable.length).toBeLessThan(posts.length);
  });

  it('serves at least 99% of the posts Hugo would publish, and none it would not', async () => {
    const served = new Set((await publishedView()).articles.map((a) => a.file));
    const missed = publishable.filter((p) => !served.has(p.file));
    const share = (publishable.length - missed.length) / publishable.length;
    console.info(`legacy archive: ${publishable.length - missed.length} of ${publishable.length} served (${(share * 100).toFixed(1)}%)`);
    expect({ share: share >= 0.99 ? 'at least 99%' : share, missed: missed.slice(0, 5) }).toEqual({ share: 'at least 99%', missed: expect.any(Array) });
    expect(posts.filter((p) => !p.publishes && served.has(p.file))).toEqual([]);
  });

  it('has content:check name every post it leaves out, by file, line and reason', async () => {
    const served = new Set((await publishedView()).articles.map((a) => a.file));
    const env = { ...process.env, CONTENT_DIR: '' };
    const run = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/content-check.ts', dir, '--json'], { cwd: root, env, encoding: 'utf8' });
    const report = JSON.parse(run.stdout) as CheckReport;
    const errorFiles = new Set(report.problems.filter((p) => p.severity === 'error' && p.line >= 1 && p.message).map((p) => p.file));
    const unnamed = publishable.filter((p) => !served.has(p.file) && !errorFiles.has(p.file));
    expect(unnamed).toEqual([]);
  });

  it('shows no shortcode or Liquid tag as raw braces, and turns figures into pictures', async () => {
    const view = await publishedView();
    const withTags = view.articles.filter((a) => /\{[{%]/.test(fs.readFileSync(path.join(dir, a.file), 'utf8').split('\n---\n')[1]));
    expect(withTags.length).toBeGreaterThan(100);
    for (const article of withTags) {
      // `{% raw %}` asks for its text as written: that is the one place braces belong.
      const raw = fs.readFileSync(path.join(dir, article.file), 'utf8').includes('{% raw %}');
      const [html, text] = [await getArticleHtml(article), await getArticleText(article)];
      if (raw) expect(html).toContain('Write {{ name }} to greet.');
      const shown = (t: string) => (raw ? t.replace('Write {{ name }} to greet.', '') : t);
      expect({ file: article.file, html: /\{\{|\{%|%\}|\}\}/.test(shown(html)), text: /\{\{|\{%|%\}|\}\}/.test(shown(text)) })
        .toEqual({ file: article.file, html: false, text: false });
    }
    const figure = withTags.find((a) => fs.readFileSync(path.join(dir, a.file), 'utf8').includes('{{< figure'))!;
    expect(await getArticleHtml(figure)).toMatch(/<img src="\/images\/pier\.jpg" alt="Pier"/);
  });

  it('decodes HTML entities in headlines to the characters they stand for', async () => {
    const titles = (await publishedView()).articles.map((a) => a.title);
    expect(titles.filter((t) => /&(#\d+|amp|quot);/.test(t))).toEqual([]);
    expect(titles).toEqual(expect.arrayContaining([expect.stringContaining('Don’t close'), expect.stringMatching(/ & more$/)]));
  });
});
