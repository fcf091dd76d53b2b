import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import { getPreviewArticle } from '@/lib/content';
import { previewSecretMatches } from '@/lib/preview';
import { PRIVATE_CACHE_CONTROL } from '@/lib/seo/cache-policy';

const privateHeaders = { 'cache-control': PRIVATE_CACHE_CONTROL, 'x-robots-tag': 'noindex' };

/** `/api/preview?secret=…&slug=…`: turns on draft mode and opens the article, draft or scheduled. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  if (!previewSecretMatches(params.get('secret'))) {
    return new Response('Unauthorized\n', { status: 401, headers: { ...privateHeaders, 'content-type': 'text/plain' } });
  }
  const article = await getPreviewArticle(params.get('slug') ?? '');
  if (!article) return new Response('No article with that slug\n', { status: 404, headers: { ...privateHeaders, 'content-type': 'text/plain' } });
  (await draftMode()).enable();
  redirect(article.url);
}
