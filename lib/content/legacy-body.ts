// Hugo shortcodes and Liquid (Jekyll, Eleventy) tags in imported bodies, turned into Markdown before rendering.
// Every pattern is bounded to one line of at most a few hundred characters, and paired blocks are found with
// forward scans that stop at the first opener without a closer: the pass stays linear in the body's length.

const OPEN = '\uE000';
const CLOSE = '\uE001';
const HAS_TAG = /\{\{|\{%|\{#/;
const IMAGE_FILE = /\.(?:avif|gif|jpe?g|png|svg|webp)(?:[?#]\S*)?$/i;

/** Named (`src="x"`, `src='x'`, `src=x`) and positional (`"x"`, `x`) parameters of a shortcode or tag. */
function params(text: string): { named: Record<string, string>; positional: string[] } {
  const named: Record<string, string> = {};
  const positional: string[] = [];
  for (const m of text.matchAll(/(?:([\w-]+)\s*=\s*)?(?:"([^"]*)"|'([^']*)'|([^\s,"'=]+))/g)) {
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    if (m[1]) named[m[1].toLowerCase()] = value;
    else positional.push(value);
  }
  return { named, positional };
}

const escapeText = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>#|!]/g, '\\$&');

/** A Markdown picture with its caption below it as text, or the caption alone when the address is unusable. */
function picture(src: string | undefined, alt: string | undefined, caption: string | undefined): string {
  const captionText = caption?.trim() ? `*${escapeText(caption)}*` : '';
  if (!src || /[\s<>]/.test(src)) return captionText;
  const image = `![${escapeText(alt ?? caption ?? '')}](<${src}>)`;
  return captionText ? `\n\n${image}\n\n${captionText}\n\n` : image;
}

/** A shortcode that embeds another site, as a link to it. */
function embedLink(name: string, named: Record<string, string>, positional: string[]): string | undefined {
  const id = encodeURIComponent(named.id ?? positional[positional.length - 1] ?? '');
  const user = encodeURIComponent(named.user ?? (positional.length > 1 ? positional[0] : ''));
  if (!id) return '';
  if (name === 'youtube') return `[Video on YouTube](https://www.youtube.com/watch?v=${id})`;
  if (name === 'vimeo') return `[Video on Vimeo](https://vimeo.com/${id})`;
  if (name === 'tweet' || name === 'x' || name === 'twitter') return user ? `[Post by @${decodeURIComponent(user)}](https://x.com/${user}/status/${id})` : '';
  if (name === 'instagram') return `[Post on Instagram](https://www.instagram.com/p/${id}/)`;
  if (name === 'gist') return user ? `[Gist by ${decodeURIComponent(user)}](https://gist.github.com/${user}/${id})` : '';
  return undefined;
}

/** Replaces each `open … close` block found by forward scans; `replace` gets the opener's match and the inner text. */
function pairs(text: string, open: RegExp, close: RegExp, replace: (m: RegExpExecArray, inner: string) => string): string {
  let out = '';
  let pos = 0;
  for (;;) {
    open.lastIndex = pos;
    const start = open.exec(text);
    if (!start) break;
    close.lastIndex = start.index + start[0].length;
    const end = close.exec(text);
    if (!end) break;
    out += text.slice(pos, start.index) + replace(start, text.slice(start.index + start[0].length, end.index));
    pos = end.index + end[0].length;
  }
  return out + text.slice(pos);
}

const fence = (lang: string | undefined, code: string) => `\n\`\`\`${lang ?? ''}\n${code.replace(/^\n+|\n+$/g, '')}\n\`\`\`\n`;

function convertChunk(chunk: string, keep: (text: string) => string): string {
  let text = chunk.replace(/`[^`\n]*`/g, (code) => keep(code));
  text = pairs(text, /\{%-?\s*raw\s*-?%\}/g, /\{%-?\s*endraw\s*-?%\}/g, (_, inner) => keep(inner));
  text = pairs(text, /\{%-?\s*comment\s*-?%\}/g, /\{%-?\s*endcomment\s*-?%\}/g, () => '');
  text = pairs(text, /\{#/g, /#\}/g, () => '');
  text = pairs(text, /\{%-?\s*highlight\s+([\w+#.-]{1,40})?[^%\n]{0,100}-?%\}/g, /\{%-?\s*endhighlight\s*-?%\}/g, (m, inner) => keep(fence(m[1], inner)));
  text = pairs(text, /\{\{[<%]\s*highlight\s+"?([\w+#.-]{1,40})?"?[^\n]{0,100}?[>%]\}\}/g, /\{\{[<%]\s*\/highlight\s*[>%]\}\}/g, (m, inner) => keep(fence(m[1], inner)));
  // Hugo's escaped shortcodes `{{</* x */>}}` are shown as the code they are.
  text = text.replace(/\{\{([<%])\/\*([^\n]{0,500}?)\*\/([>%])\}\}/g, (_, a, inner, b) => keep(`\`{{${a}${inner}${b}}}\``));
  // Output tags: the site's own address is gone (links become site-relative), a filtered string keeps its text.
  text = text.replace(/\{\{-?(?![<%])\s*([^{}\n]{0,300}?)\s*-?\}\}/g, (_, expr: string) => {
    const quoted = /^(["'])(.*?)\1\s*\|\s*(?:relative_url|absolute_url|url|prepend:\s*site\.baseurl)\b/.exec(expr);
    return quoted ? quoted[2] : '';
  });
  // A link to another post of the old site: the words stay, the link goes (its address there is unknown here).
  text = text.replace(/\[([^\]\n]{0,500})\]\(\s*(?:\{\{[<%]\s*(?:rel)?ref\b[^\n]{0,300}?[>%]\}\}|\{%-?\s*(?:post_url|link)\b[^\n]{0,300}?-?%\})\s*\)/g, '$1');
  text = text.replace(/\{\{([<%])\s*(\/?)\s*([\w./-]{1,60})([^\n]{0,500}?)\s*\/?\s*[>%]\}\}/g, (_, __, closing: string, name: string, rest: string) => {
    if (closing) return '';
    const { named, positional } = params(rest);
    const lower = name.toLowerCase();
    if (lower === 'figure' || lower === 'img' || lower === 'image') {
      return picture(named.src ?? named.link ?? positional[0], named.alt, named.caption ?? named.title);
    }
    return embedLink(lower, named, positional) ?? '';
  });
  return text.replace(/\{%-?\s*(\w{1,60})([^\n]{0,500}?)-?%\}/g, (_, name: string, rest: string) => {
    const { named, positional } = params(rest);
    const lower = name.toLowerCase();
    if (lower === 'image' || lower === 'img' || (lower === 'include' && /image|figure|picture|img/i.test(positional[0] ?? ''))) {
      const src = named.url ?? named.src ?? named.image ?? named.file ?? named.path ?? positional.find((p) => IMAGE_FILE.test(p));
      const alt = named.alt ?? named.description ?? named.title ?? (lower === 'include' ? undefined : positional[1]);
      return picture(src, alt, named.caption ?? named.description);
    }
    return '';
  });
}

/**
 * The body as Markdown with the shortcodes and template tags of Hugo, Jekyll and Eleventy converted: figures and
 * image includes become pictures with their captions, embeds become links, highlight blocks become fenced code,
 * `{% raw %}` keeps its text, comments and the rest are dropped. Fenced and inline code is left as written.
 */
export function legacyBody(markdown: string): string {
  if (!HAS_TAG.test(markdown)) return markdown;
  const kept: string[] = [];
  const keep = (text: string) => `${OPEN}${kept.push(text) - 1}${CLOSE}`;
  const lines = markdown.replace(/[\uE000\uE001]/g, '').split('\n');
  const out: string[] = [];
  let prose: string[] = [];
  let fenceMark: string | undefined;
  const flush = () => {
    if (prose.length) out.push(convertChunk(prose.join('\n'), keep));
    prose = [];
  };
  for (const line of lines) {
    const mark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fenceMark) {
      out.push(line);
      if (mark && mark[0] === fenceMark[0] && mark.length >= fenceMark.length && line.trim() === mark) fenceMark = undefined;
    } else if (mark) {
      flush();
      fenceMark = mark;
      out.push(line);
    } else prose.push(line);
  }
  flush();
  const restore = (text: string): string => text.replace(/\uE000(\d+)\uE001/g, (_, i: string) => restore(kept[Number(i)] ?? ''));
  return restore(out.join('\n'));
}
