import { renderMarkdown } from '@/lib/content/markdown';

describe('renderMarkdown', () => {
  it('renders GitHub-flavoured Markdown: tables, strikethrough, task lists and footnotes', () => {
    const html = renderMarkdown('| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~\n\n- [x] done\n\nText[^1]\n\n[^1]: The note.');
    expect(html).toContain('<table>');
    expect(html).toContain('<del>old</del>');
    expect(html).toMatch(/<input type="checkbox" checked disabled>/);
    expect(html).toContain('href="#user-content-fn-1"');
    expect(html).toContain('id="user-content-fn-1"');
  });

  it('strips script, event handlers and javascript: URLs from raw HTML', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<p onclick="alert(2)">hi</p>\n\n[x](javascript:alert(3)) <img src=x onerror=alert(4)>');
    expect(html).not.toMatch(/<script|onclick|onerror|javascript:/i);
    expect(html).toContain('hi');
  });

  it('starts body headings at h2 without skipping a level, whatever level the editor began at', () => {
    expect(renderMarkdown('## Part\n\n### Detail')).toMatch(/<h2 id="user-content-part">.*<h3 id="user-content-detail">/s);
    expect(renderMarkdown('### Only small\n\n#### Smaller')).toMatch(/<h2 id="user-content-only-small">.*<h3 id="user-content-smaller">/s);
  });

  it('demotes body headings below the headline and gives them anchors', () => {
    const html = renderMarkdown('# Big news\n\n## Detail');
    expect(html).toContain('<h2 id="user-content-big-news">');
    expect(html).toContain('<h3 id="user-content-detail">');
    expect(html).toContain('href="#user-content-big-news"');
    expect(html).not.toContain('<h1');
  });

  it.each(['__next_f', '__next_s', 'document', 'location', 'main', 'TURBOPACK'])('gives a heading named %s a prefixed id, so it cannot clobber a global of the page', (name) => {
    const html = renderMarkdown(`# ${name}\n\n<h2 id="${name}">raw</h2>\n\n<a name="${name}">x</a>`);
    const ids = [...html.matchAll(/\b(?:id|name)="([^"]*)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(2);
    for (const id of ids) expect(id).toMatch(/^user-content-/);
    for (const [, target] of html.matchAll(/href="#([^"]*)"/g)) expect(ids).toContain(target);
  });

  it('marks external links noopener noreferrer and leaves internal ones alone', () => {
    const html = renderMarkdown('[out](https://example.org/a) and [in](/world/story)');
    expect(html).toContain('<a href="https://example.org/a" rel="noopener noreferrer">out</a>');
    expect(html).toContain('<a href="/world/story">in</a>');
  });
});
