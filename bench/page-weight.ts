// What a reader downloads for one page: its HTML and every script it loads.
import zlib from 'node:zlib';
import { get } from './http-probe';

/** One `<script src>` of the page. */
export interface ScriptWeight {
  src: string;
  bytes: number;
  gzipBytes: number;
}

/** Sizes in bytes; the inline scripts (Next's flight data) are part of `htmlBytes` and also counted apart. */
export interface PageWeight {
  htmlBytes: number;
  htmlGzipBytes: number;
  inlineScriptBytes: number;
  scripts: ScriptWeight[];
  jsBytes: number;
  jsGzipBytes: number;
}

const gzipSize = (data: Buffer) => zlib.gzipSync(data, { level: 6 }).length;

/** The `src` of every `<script>` element in `html`, in page order, without duplicates. */
export function scriptSources(html: string): string[] {
  const found = [...html.matchAll(/<script\b[^>]*?\bsrc="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
  return [...new Set(found)];
}

function inlineScriptBytes(html: string): number {
  let total = 0;
  for (const m of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) total += Buffer.byteLength(m[1]);
  return total;
}

/** Measures `html` (as served, uncompressed) and fetches each script it references from `baseUrl`. */
export async function pageWeight(baseUrl: string, html: Buffer): Promise<PageWeight> {
  const text = html.toString();
  const scripts: ScriptWeight[] = [];
  for (const src of scriptSources(text)) {
    const res = await get(new URL(src, `${baseUrl}/`).href);
    if (res.status !== 200) throw new Error(`script ${src} answered ${res.status}`);
    scripts.push({ src, bytes: res.body.length, gzipBytes: gzipSize(res.body) });
  }
  return {
    htmlBytes: html.length,
    htmlGzipBytes: gzipSize(html),
    inlineScriptBytes: inlineScriptBytes(text),
    scripts,
    jsBytes: scripts.reduce((a, s) => a + s.bytes, 0),
    jsGzipBytes: scripts.reduce((a, s) => a + s.gzipBytes, 0),
  };
}
