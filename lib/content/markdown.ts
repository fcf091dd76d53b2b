import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeStringify from 'rehype-stringify';
import type { Root, Element, RootContent } from 'hast';
import { markdownLimitExcess, MAX_BODY_HTML_BYTES } from './markdown-limits';

function eachElement(node: Root | RootContent, fn: (element: Element) => void) {
  if (node.type === 'element') fn(node);
  if ('children' in node) for (const child of node.children) eachElement(child, fn);
}

/**
 * Body headings are shifted so the highest becomes h2 (the page's only h1 is the headline, and no
 * level is skipped below it), and footnote ids, which arrive prefixed by remark-rehype and get the
 * sanitizer's prefix again, keep a single prefix.
 */
function rehypeFitToPage() {
  return (tree: Root) => {
    let top = 6;
    eachElement(tree, (element) => {
      const level = /^h([1-6])$/.exec(element.tagName)?.[1];
      if (level) top = Math.min(top, Number(level));
    });
    eachElement(tree, (element) => {
      const level = /^h([1-6])$/.exec(element.tagName)?.[1];
      if (level) element.tagName = `h${Math.min(6, Number(level) - top + 2)}`;
      if (typeof element.properties.id === 'string') {
        element.properties.id = element.properties.id.replace(/^(user-content-)+/, 'user-content-');
      }
    });
  };
}

const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    // Replaces the default /^language-./, which passes any fence info string (`<script>` too) into the class.
    code: [['className', /^language-[\w+#.-]+$/]],
    // The sanitizer checks the scheme of a srcset's first address only; here every colon must close http: or https:.
    source: [['srcSet', /^(?:[^:]|(?<=https?):)*$/]],
  },
  // The default allows these URL attributes with any scheme; javascript: has no business in either.
  protocols: { ...defaultSchema.protocols, action: ['http', 'https'], itemType: ['http', 'https'] },
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeFitToPage)
  // Prefixed like the ids the sanitizer lets through: a heading `# __next_f` must not become window.__next_f.
  .use(rehypeSlug, { prefix: 'user-content-' })
  .use(rehypeAutolinkHeadings, { behavior: 'append', properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 }, content: { type: 'text', value: '#' } })
  .use(rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] })
  .use(rehypeStringify);

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** What a reader sees in place of a body over the limits of lib/content/markdown-limits.ts. */
export const OVERSIZED_BODY_NOTICE = '<p class="body-notice" role="note">This story is too large to show here. The newsroom has been told and will publish it in parts.</p>';

/**
 * Renders an article body to safe HTML: GitHub-flavoured Markdown, raw HTML sanitized
 * (no script, event handlers or javascript: URLs), heading anchors, external links marked.
 * A body nested too deeply to render comes back as escaped plain paragraphs; one over the size, table,
 * list, emphasis or footnote limits as a notice (the content checker names the file and line), and so does
 * one whose HTML would pass MAX_BODY_HTML_BYTES.
 */
export function renderMarkdown(markdown: string): string {
  if (markdownLimitExcess(markdown)) return OVERSIZED_BODY_NOTICE;
  try {
    const html = String(processor.processSync(markdown));
    return html.length > MAX_BODY_HTML_BYTES ? OVERSIZED_BODY_NOTICE : html;
  } catch (err) {
    // The pipeline's tree walkers recurse: a couple of thousand nested lists, quotes or tags
    // overflow the stack. The page should still show the words rather than fail.
    if (!(err instanceof RangeError)) throw err;
    return markdown.split(/\n{2,}/).filter((p) => p.trim()).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  }
}
