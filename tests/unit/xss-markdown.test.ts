import { renderMarkdown } from '@/lib/content/markdown';
import { MARKDOWN_CONTEXTS, XSS_MARKERS, XSS_VECTORS } from '../fixtures/xss-vectors';
import { normaliseUrl, unsafeParts, withoutAttributeValues } from '../helpers/html-safety';

describe('the XSS corpus', () => {
  it('holds at least 60 vectors, uniquely named, each with a marker a browser test can detect', () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(XSS_VECTORS.map((v) => v.name)).size).toBe(XSS_VECTORS.length);
    for (const { name, payload } of XSS_VECTORS) {
      expect([name, XSS_MARKERS.some((m) => payload.includes(m))]).toEqual([name, true]);
    }
  });

  it('is hostile as written: the checker flags most raw payloads', () => {
    const flagged = XSS_VECTORS.filter((v) => unsafeParts(v.payload).length > 0);
    expect(flagged.length).toBeGreaterThanOrEqual(60);
  });
});

describe('the HTML safety checker', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', 'event handler'],
    ['<a href="jav&#x09;ascript:alert(1)">x</a>', 'dangerous URL'],
    ['<a href=" &#14; JAVASCRIPT:alert(1)">x</a>', 'dangerous URL'],
    ['<img srcset="a.png 1x, data:image/svg+xml,x 2x">', 'dangerous URL'],
    ['<svg><a xlink:href="javascript:alert(1)">x</a></svg>', 'namespace'],
    ['<p style="color:red">x</p>', 'attribute style'],
    ['</div></body></html><script>alert(1)</script>', '<script> element'],
    ['<template><img src=x onerror=alert(1)></template>', 'event handler'],
    ['<noscript><p title="</noscript><img src=x onerror=alert(1)>">', 'event handler'],
  ])('flags %s', (html, problem) => {
    expect(unsafeParts(html).join('\n')).toContain(problem);
  });

  it('passes ordinary article HTML', () => {
    expect(unsafeParts('<p>A <a href="https://example.com/x?a=1&amp;b=2">link</a>, <img src="/images/a.png" alt="a"> and <code>&lt;script&gt;</code>.</p>')).toEqual([]);
    expect(normaliseUrl(' \tJava\nScript:x')).toBe('javascript:x');
  });
});

describe.each(MARKDOWN_CONTEXTS)('renderMarkdown: every vector as %s', (_context, place) => {
  it.each(XSS_VECTORS.map((v) => [v.name, v.payload]))('%s', (_name, payload) => {
    const html = renderMarkdown(place(payload));
    expect(unsafeParts(html)).toEqual([]);
    expect(withoutAttributeValues(html)).not.toMatch(/<\s*\/?\s*(script|iframe|object|embed|style|base|meta|form|svg|math)\b/i);
  });
});

describe('renderMarkdown keeps what readers should see of a hostile body', () => {
  it('shows markup in code as text', () => {
    const html = renderMarkdown('`<script>alert(1)</script>`\n\n```html\n<img src=x onerror=alert(1)>\n```');
    expect(html).toContain('<code>&#x3C;script>alert(1)&#x3C;/script></code>');
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>');
    expect(unsafeParts(html)).toEqual([]);
    expect(renderMarkdown('```c++\nx\n```')).toContain('<code class="language-c++">');
  });

  it('leaves markup inside a kept attribute as inert text', () => {
    const html = renderMarkdown('<a title="<script>alert(1)</script>" href="<script>alert(1)</script>">x</a>');
    expect(unsafeParts(html)).toEqual([]);
    expect(withoutAttributeValues(html)).toBe('<p><a title href>x</a></p>');
    const confusing = renderMarkdown('<a href="<a title="<script>alert(1)</script>" href="<script>alert(1)</script>">x</a>');
    expect(withoutAttributeValues(confusing)).toBe('<p>&#x3C;a href="<a title href>x</a></p>');
  });

  it('keeps a link’s text when it drops a dangerous target', () => {
    const html = renderMarkdown('[read more](javascript:alert(1))');
    expect(html).toContain('read more');
    expect(html).not.toMatch(/javascript/i);
  });

  it('keeps safe links, mail links and pictures', () => {
    const html = renderMarkdown('[a](https://example.com/a) [m](mailto:desk@example.com) ![p](/images/p.png)');
    expect(html).toContain('href="https://example.com/a"');
    expect(html).toContain('href="mailto:desk@example.com"');
    expect(html).toContain('src="/images/p.png"');
    const picture = '<picture><source srcset="/images/a.png 1x, https://cdn.example/b.png 2x" media="(min-width: 600px)"><img src="/images/a.png" alt="a"></picture>';
    expect(renderMarkdown(picture)).toContain(picture);
  });
});
