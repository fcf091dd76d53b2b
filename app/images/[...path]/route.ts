import { openImageFile } from '@/lib/content/image-file';

const TYPES: Record<string, string> = {
  svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp', avif: 'image/avif', gif: 'image/gif',
};

const notFound = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });

/**
 * Serves `/images/...` from the content folder's `images/`, image types only, streamed, with an ETag.
 * Its Content-Security-Policy (sandbox) comes from next.config.mjs, which would override one set here.
 */
export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  const type = TYPES[path.at(-1)?.split('.').pop()?.toLowerCase() ?? ''];
  const file = type ? await openImageFile(path) : undefined;
  if (!type || !file) return notFound();
  const headers = { etag: file.etag, 'cache-control': 'public, max-age=3600, stale-while-revalidate=86400' };
  const known = request.headers.get('if-none-match')?.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (known?.includes(file.etag) || known?.includes('*')) {
    await file.close();
    return new Response(null, { status: 304, headers });
  }
  return new Response(file.stream(), { headers: { ...headers, 'content-type': type } });
}
