import { createHash } from 'node:crypto';
import { inlineScriptHashes, pathOfCacheKey } from '@/lib/script-hash-cache.mjs';

const hash = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;

// The three inline scripts Next writes into every page (shapes taken from a served page).
const NEXT = [
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[94553]});',
  '(self.__next_f=self.__next_f||[]).push([0])',
  'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:[\\"$\\",\\"p\\",null,{\\"children\\":\\"A story\\"}]\\n"])',
];

describe('inlineScriptHashes: the inline scripts a cached page may run', () => {
  it('names each of Next\'s inline scripts by its SHA-256, once', () => {
    const html = `<html><head><script id="_R_">${NEXT[0]}</script></head><body><main>story</main>${NEXT.slice(1).map((s) => `<script>${s}</script>`).join('')}<script>${NEXT[2]}</script></body></html>`;
    expect(inlineScriptHashes(html).sort()).toEqual(NEXT.map(hash).sort());
  });

  it.each([
    ['a plain script', 'alert(1)'],
    ['code after a data call', 'self.__next_f.push([1,"x"]);alert(1)'],
    ['code inside a data call', 'self.__next_f.push(alert(1))'],
    ['a second call chained on', 'self.__next_f.push([1]),alert(1),self.__next_f.push([1])'],
    ['a bootstrap lookalike with code', '(self.__next_f=self.__next_f||[]).push([0]);fetch("//evil")'],
    ['a string instead of data', 'self.__next_f.push("x")'],
  ])('leaves out %s that reached the page, so the policy refuses it', (_name, body) => {
    const html = `<body><main><p>Story</p><script>${body}</script></main><script>${NEXT[1]}</script></body>`;
    expect(inlineScriptHashes(html)).toEqual([hash(NEXT[1])]);
  });

  it.each([
    ['an attribute value', '<img alt="<script>" src="/a.png">'],
    ['a title with a closing tag', '<abbr title="</script><script>">x</abbr>'],
    ['a comment', '<!-- <script> -->'],
    ['a textarea', '<textarea><script></textarea>'],
  ])('still names every Next script when %s in the body spells a script tag', (_name, markup) => {
    const html = `<body><main><p>Story</p>${markup}</main>${NEXT.map((s) => `<script>${s}</script>`).join('')}</body>`;
    expect(inlineScriptHashes(html).sort()).toEqual(NEXT.map(hash).sort());
  });

  it('leaves out scripts with a src or a type (JSON-LD, modules)', () => {
    const html = `<script src="/x.js"></script><script type="application/ld+json">{"@type":"NewsArticle"}</script><script type="module">${NEXT[1]}</script>`;
    expect(inlineScriptHashes(html)).toEqual([]);
  });
});

describe('pathOfCacheKey: the page a cache entry is for', () => {
  it('reads the path out of Next 16.4\'s route-cache keys, and takes a plain path as it is', () => {
    expect(pathOfCacheKey('/route-cache/APP_PAGE/5a9689629da48a16d736b698fe5045ac26eaf517936751a70963772ec7fa0128/$/news/full-anatomy')).toBe('/news/full-anatomy');
    expect(pathOfCacheKey('/route-cache/APP_PAGE/abc/$/front-page/latest')).toBe('/front-page/latest');
    expect(pathOfCacheKey('/news/full-anatomy')).toBe('/news/full-anatomy');
  });
});
