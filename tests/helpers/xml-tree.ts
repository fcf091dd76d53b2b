import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** An XML element as parsed: its name, attributes (without prefix), direct text and child elements. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlElement[];
}

type Ordered = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
});

function toElements(nodes: Ordered[]): XmlElement[] {
  return nodes.flatMap((node) => {
    const name = Object.keys(node).find((key) => key !== ':@' && key !== '#text');
    if (!name) return [];
    const content = node[name] as Ordered[];
    return [{
      name,
      attrs: (node[':@'] ?? {}) as Record<string, string>,
      text: content.filter((c) => '#text' in c).map((c) => String(c['#text'])).join(''),
      children: toElements(content),
    }];
  });
}

/** Parses a well-formed XML document (failing the test when it is not) into its elements. */
export function parseXml(xml: string): XmlElement[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  return toElements(parser.parse(xml) as Ordered[]);
}

/** Every element of the tree, depth first. */
export function allElements(roots: XmlElement[]): XmlElement[] {
  return roots.flatMap((root) => [root, ...allElements(root.children)]);
}

/** The text of every element called `name`. */
export function textsOf(roots: XmlElement[], name: string): string[] {
  return allElements(roots).filter((e) => e.name === name).map((e) => e.text);
}

/** What `xmlEscape` keeps of a string: XML 1.0 forbids most control characters, so they are dropped. */
export function xmlSafe(text: string): string {
  return text.replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}
