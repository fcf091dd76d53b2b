import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

// A textarea's content is read as a browser reads it (every named and numeric reference) while tags stay text.
let textarea: Element | undefined;
const ENTITY = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;

/**
 * Turns HTML character references in a front-matter text (`Don&#8217;t`, `R&amp;D`, WordPress exports are full of
 * them) into the characters they stand for. The result is plain text, escaped again wherever it is shown: a `<b>`
 * stays the four characters it is, and `&lt;script&gt;` becomes text that reads `<script>`, never markup.
 */
export function decodeEntities(text: string): string {
  if (!ENTITY.test(text)) return text;
  textarea ??= parseFragment('<textarea></textarea>').childNodes[0] as Element;
  const nodes = parseFragment(textarea, text, {}).childNodes as TextNode[];
  return nodes.map((node) => node.value ?? '').join('');
}
