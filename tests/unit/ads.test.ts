import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { ArticleBody } from '@/components/ArticleBody';
import { AdSlot } from '@/components/AdSlot';
import { slotsForPage, type AdConfig } from '@/lib/content/ad-config';
import { splitBodyAfterParagraphs } from '@/lib/content/body-split';
import { parseSectionsFile, parseSiteFile } from '@/lib/content/config-files';
import { parseArticle } from '@/lib/content/parse-article';
import { formatProblem } from '@/lib/content/problems';
import { GPT_ORIGIN, hashPolicy } from '@/lib/security-policy.mjs';

const SITE = `name: The Test Times
ads:
  maxPerPage: 3
  slots:
    - { position: article-body, afterParagraph: 2, size: 300x250 }
    - { position: related, afterItem: 3, size: 300x250 }
    - { position: article-end, size: 728x90, mobileSize: 320x50 }
    - { position: sidebar-top, size: 300x600 }
    - { position: section-front, afterItem: 4, size: 728x90 }
`;

describe('ads: in site.yml', () => {
  it('reads slots, sizes and phone sizes', () => {
    const { config, problems } = parseSiteFile('site.yml', SITE);
    expect(problems).toEqual([]);
    expect(config.name).toBe('The Test Times');
    expect(config.ads!.slots[2]).toEqual({ position: 'article-end', size: { width: 728, height: 90 }, mobileSize: { width: 320, height: 50 } });
  });

  it('reports a bad slot at its own line and turns the ads off, keeping every other setting', () => {
    const { config, problems } = parseSiteFile('site.yml', SITE.replace('size: 728x90, mobileSize', 'size: big, mobileSize').replace('afterParagraph: 2, ', ''));
    expect(config.name).toBe('The Test Times');
    expect(config.ads).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([
      'site.yml:5 ads.slots.0.afterParagraph: required for article-body: add `afterParagraph: 3` (no ad slots are shown until this is fixed)',
      'site.yml:7 ads.slots.2.size: expected a size like `size: 300x250` (width x height in pixels), got "big" (no ad slots are shown until this is fixed)',
    ]);
    expect(parseSiteFile('site.yml', 'ads:\n  slots:\n    - { position: popup, size: 1x1 }\n').problems.map(formatProblem)[0])
      .toBe('site.yml:3 ads.slots.0.position: expected one of article-body, article-end, related, sidebar-top, section-front, got "popup" (no ad slots are shown until this is fixed)');
  });

  it('gives each page its positions in configuration order, never more than maxPerPage, and none when opted out', () => {
    const ads = parseSiteFile('site.yml', SITE).config.ads as AdConfig;
    const article = slotsForPage(ads, ['article-body', 'article-end', 'related', 'sidebar-top']);
    expect(article.map((s) => s.id)).toEqual(['ad-article-body-1', 'ad-related-2', 'ad-article-end-3']);
    expect(slotsForPage(ads, ['section-front']).map((s) => s.position)).toEqual(['section-front']);
    expect(slotsForPage(ads, ['article-body', 'article-end'], true)).toEqual([]);
    expect(slotsForPage(undefined, ['article-end'])).toEqual([]);
  });

  it('can be turned off by an article (`ads: false`) or a section (sections.yml)', () => {
    const parse = (fm: string) => parseArticle('articles/x.md', `---\ntitle: X\ndate: 2025-01-01\nsection: News\nsummary: S.\n${fm}---\nB\n`, { timeZone: 'UTC' });
    expect(parse('ads: false\n').record!.adFree).toBe(true);
    expect(parse('ads: no\n').record!.adFree).toBe(true);
    expect(parse('').record!.adFree).toBeUndefined();
    expect(formatProblem(parse('ads: sometimes\n').problems[0])).toBe('articles/x.md:6 ads: expected true or false, got "sometimes" (write `ads: false` to show no ads)');
    const { sections } = parseSectionsFile('sections.yml', '- name: Obituaries\n  ads: false\n- name: News\n');
    expect(sections).toEqual([{ slug: 'obituaries', name: 'Obituaries', ads: false }, { slug: 'news', name: 'News' }]);
  });
});

type Node = DefaultTreeAdapterMap['childNode'];
const topLevel = (html: string) =>
  (parseFragment(html).childNodes as Node[]).filter((n) => n.nodeName !== '#text').map((n) => ('attrs' in n ? `${n.nodeName}${n.attrs.find((a) => a.name === 'class')?.value === 'ad-slot ad-slot--article-body' ? ':ad' : ''}` : n.nodeName));

describe('slots in the body', () => {
  const BODY = '<p>One <em>two</em>.</p>\n<ul>\n<li><p>In a list.</p></li>\n</ul>\n<p>Two.</p>\n<table><tbody><tr><td><p>Cell</p></td></tr></tbody></table>\n<blockquote>\n<p>Quoted.</p>\n</blockquote>\n<p>Three.</p>\n<h2>End</h2>\n';

  it('are cut only between top-level paragraphs, never inside a sentence, list, table or quote', () => {
    const { pieces, made } = splitBodyAfterParagraphs(BODY, [1, 2, 3]);
    expect(made).toEqual([1, 2, 3]);
    expect(pieces.join('')).toBe(BODY);
    expect(pieces[0]).toBe('<p>One <em>two</em>.</p>');
    expect(pieces[1].trim().endsWith('<p>Two.</p>')).toBe(true);
    expect(pieces[2].trim().endsWith('<p>Three.</p>')).toBe(true);
  });

  it('are left out past the last paragraph, or when nothing would follow them', () => {
    expect(splitBodyAfterParagraphs(BODY, [9]).made).toEqual([]);
    expect(splitBodyAfterParagraphs('<p>a</p>\n<p>b</p>\n', [2]).made).toEqual([]);
    expect(splitBodyAfterParagraphs('<ul><li><p>a</p></li></ul><p>b</p><p>c</p>', [1]).pieces[0]).toBe('<ul><li><p>a</p></li></ul><p>b</p>');
  });

  it('render as labelled groups with their space reserved, between the body\'s blocks', () => {
    const [slot] = slotsForPage(parseSiteFile('site.yml', SITE).config.ads, ['article-body']);
    const html = renderToStaticMarkup(createElement(ArticleBody, { html: BODY, slots: [slot] }));
    expect(topLevel(html)).toEqual(['div', 'div:ad', 'div']);
    const ad = renderToStaticMarkup(createElement(AdSlot, { slot: { ...slot, mobileSize: { width: 320, height: 50 } }, house: { text: 'Subscribe <now>', href: '/subscribe' } }));
    expect(ad).toBe(
      '<div class="ad-slot ad-slot--article-body" role="group" aria-labelledby="ad-article-body-1-label"><p class="ad-slot__label" id="ad-article-body-1-label">Advertisement</p>' +
        '<div class="ad-slot__box" id="ad-article-body-1" style="--ad-w:300px;--ad-h:250px;--ad-mw:320px;--ad-mh:50px" data-ad-position="article-body" data-ad-sizes="300x250,320x50">' +
        '<a href="/subscribe">Subscribe &lt;now&gt;</a></div></div>',
    );
  });
});

describe('the Google Publisher Tag adapter (site.yml `ads.network`)', () => {
  const config: AdConfig = { slots: [{ position: 'article-end', size: { width: 728, height: 90 } }], house: { text: 'Subscribe', href: '/subscribe' } };

  it('names each slot\'s ad unit after the network and the position, and leaves the box empty for GPT', () => {
    const [off] = slotsForPage(config, ['article-end']);
    const [on] = slotsForPage({ ...config, network: '/1234567/courier' }, ['article-end']);
    expect(off.unit).toBeUndefined();
    expect(on.unit).toBe('/1234567/courier/article-end');
    expect(renderToStaticMarkup(createElement(AdSlot, { slot: off, house: config.house }))).toContain('Subscribe');
    const html = renderToStaticMarkup(createElement(AdSlot, { slot: on, house: config.house }));
    expect(html).toContain('data-ad-unit="/1234567/courier/article-end"');
    expect(html).not.toContain('Subscribe');
    expect(html).toContain('Advertisement');
  });

  it('adds GPT\'s origin to a page\'s policy only when the page shows its slots', () => {
    expect(hashPolicy(["'sha256-a'"])).not.toContain(GPT_ORIGIN);
    const on = hashPolicy(["'sha256-a'"], true);
    expect(on).toContain(`script-src 'self' ${GPT_ORIGIN} 'sha256-a'`);
    expect(on).toContain(`connect-src 'self' ${GPT_ORIGIN}`);
    expect(on).toContain(`frame-src 'self' ${GPT_ORIGIN}`);
    expect(on).toContain("default-src 'self'");
  });

  it('refuses a network that is not an ad unit path', () => {
    const { problems } = parseSiteFile('site.yml', 'ads:\n  network: "https://ads.example"\n  slots: []\n');
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^site\.yml:2 ads\.network: expected an ad unit path like \/1234567\/courier/)]);
  });
});
