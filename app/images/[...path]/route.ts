import { readImageFile } from '@/lib/content/load';

const TYPES: Record<string, string> = {
  svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp', avif: 'image/avif', gif: 'image/gif',
};

/** Serves `/images/...` from the content folder's `images/`, image types only. */
export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  const type = TYPES[path.at(-1)?.split('.').pop()?.toLowerCase() ?? ''];
  const body = type ? await readImageFile(path) : undefined;
  if (!type || !body) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
  return new Response(new Uint8Array(body), {
    headers: {
      'content-type': type,
      'cache-control': 'public, max-age=3600, stale-while-revalidate=86400',
      'x-content-type-options': 'nosniff',
      // SVG may carry script: opened directly, it must not run any.
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
