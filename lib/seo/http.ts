import { createHash } from 'node:crypto';
import { PUBLIC_CACHE_CONTROL } from './cache-policy';

/**
 * A text response for feeds and sitemaps: the content type with charset, an ETag from the body,
 * Last-Modified from the newest item, and 304 Not Modified when the client already has it.
 */
export function cachedTextResponse(
  request: Request,
  body: string,
  { contentType, lastModified }: { contentType: string; lastModified?: Date },
): Response {
  const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 27)}"`;
  const headers: Record<string, string> = {
    'content-type': `${contentType}; charset=utf-8`,
    etag,
    'cache-control': PUBLIC_CACHE_CONTROL,
    'x-content-type-options': 'nosniff',
  };
  if (lastModified) headers['last-modified'] = lastModified.toUTCString();
  const ifNoneMatch = request.headers.get('if-none-match');
  const ifModifiedSince = request.headers.get('if-modified-since');
  const fresh = ifNoneMatch
    ? ifNoneMatch.split(',').some((tag) => tag.trim() === etag)
    : Boolean(ifModifiedSince && lastModified && Math.floor(lastModified.getTime() / 1000) <= Date.parse(ifModifiedSince) / 1000);
  return fresh ? new Response(null, { status: 304, headers }) : new Response(body, { headers });
}

/** Escapes text for XML content and attribute values, dropping characters XML 1.0 forbids. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
