import { parse, parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Elements that run script, load documents, restyle the page or reopen the parser's raw-text states. */
const FORBIDDEN_ELEMENTS = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'base', 'meta', 'link',
  'form', 'button', 'select', 'svg', 'math', 'noscript', 'noembed', 'noframes', 'template', 'textarea', 'title',
  'xmp', 'plaintext', 'marquee', 'isindex',
]);

/** Attributes a browser resolves as a URL it may navigate to, load or execute. */
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'lowsrc', 'dynsrc', 'cite', 'longdesc',
  'codebase', 'ping', 'srcset', 'usemap', 'manifest', 'icon', 'itemtype',
]);

const DANGEROUS_SCHEME = /^(?:javascript|vbscript|data):/;

/**
 * The scheme-relevant form of a URL attribute as a browser reads it: entities are already decoded by
 * the parser; control characters and spaces (which browsers strip or skip) are removed; lower case.
 */
export function normaliseUrl(value: string): string {
  return value.replace(/[\u0000-\u0020\u007f-\u00a0]/g, '').toLowerCase();
}

const urlsOf = (name: string, value: string) =>
  name === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];

function elementProblems(element: Element): string[] {
  const problems: string[] = [];
  const tag = element.tagName.toLowerCase();
  if (element.namespaceURI !== HTML_NS) problems.push(`<${tag}> in the ${element.namespaceURI} namespace`);
  if (FORBIDDEN_ELEMENTS.has(tag)) problems.push(`<${tag}> element`);
  for (const attr of element.attrs) {
    const name = attr.name.toLowerCase();
    const shown = `${attr.prefix ? `${attr.prefix}:` : ''}${name}="${attr.value}" on <${tag}>`;
    if (name.startsWith('on')) problems.push(`event handler ${shown}`);
    if (name === 'style' || name === 'srcdoc') problems.push(`attribute ${shown}`);
    if (URL_ATTRIBUTES.has(name) && urlsOf(name, attr.value).some((url) => DANGEROUS_SCHEME.test(normaliseUrl(url)))) {
      problems.push(`dangerous URL ${shown}`);
    }
  }
  return problems;
}

function walk(node: Node, visit: (element: Element) => void) {
  if ('tagName' in node) visit(node);
  if ('childNodes' in node) for (const child of node.childNodes) walk(child, visit);
  if ('content' in node) walk(node.content, visit);
}

/**
 * The HTML with each attribute cut down to its name, located by the parser. The serializer leaves `<`
 * raw inside quoted values (a `<script>` there is inert text); a regex looking for tags should not see it.
 */
export function withoutAttributeValues(html: string): string {
  const spans: { start: number; end: number; name: string }[] = [];
  walk(parseFragment(html, { sourceCodeLocationInfo: true }), (element) => {
    for (const [name, at] of Object.entries(element.sourceCodeLocation?.attrs ?? {})) {
      spans.push({ start: at.startOffset, end: at.endOffset, name });
    }
  });
  return spans
    .sort((a, b) => b.start - a.start)
    .reduce((text, { start, end, name }) => text.slice(0, start) + name + text.slice(end), html);
}

const page = (html: string) =>
  parse(`<!DOCTYPE html><html><head></head><body><div class="article-body">${html}</div></body></html>`);

/** Problems of every element the body added, wherever the parser put it (even past the page's `</html>`). */
function pageProblems(document: Node): string[] {
  const problems: string[] = [];
  let wrapper: Element | undefined;
  walk(document, (element) => {
    const scaffold = ['html', 'head', 'body'].includes(element.tagName);
    if (!wrapper && element.tagName === 'div' && element.attrs.some((a) => a.name === 'class' && a.value === 'article-body')) {
      wrapper = element;
    } else if (!scaffold || element.namespaceURI !== HTML_NS) {
      problems.push(...elementProblems(element));
    }
  });
  return problems;
}

/**
 * What in `html` could run script once a browser puts it inside the article body: forbidden or
 * foreign elements, event handlers, style and srcdoc attributes, javascript:/vbscript:/data: URLs.
 * The page is parsed, serialised and parsed again, so markup that mutates on a second parse (mXSS)
 * is caught too. Empty when it is safe.
 */
export function unsafeParts(html: string): string[] {
  const document = page(html);
  return [...new Set([...pageProblems(document), ...pageProblems(parse(serialize(document)))])];
}
