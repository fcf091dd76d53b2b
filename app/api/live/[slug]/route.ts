import { getArticle, isLiveNow } from '@/lib/content';
import { liveUpdate, liveVersion } from '@/lib/live-update';
import { getSite } from '@/lib/site';

export const dynamic = 'force-dynamic';

// The answer by version: a thousand readers polling after an edit get one JSON text, built once.
const answers = new Map<string, string>();
const ANSWERS_KEPT = 50;

/**
 * `/api/live/<slug>`: the entries of a live article for its open pages to poll. A reader already at the current
 * version (`If-None-Match`) gets an empty 304, so an unchanged story costs a map lookup per poll.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const article = await getArticle((await params).slug);
  if (!article?.live) {
    return Response.json({ error: 'no live article here' }, { status: 404, headers: { 'cache-control': 'no-store' } });
  }
  const version = liveVersion(article, isLiveNow(article, new Date()));
  const headers = { 'cache-control': 'no-cache', etag: `"${version}"`, 'x-robots-tag': 'noindex' };
  const known = request.headers.get('if-none-match')?.replace(/^W\//, '').replace(/"/g, '');
  if (known === version) return new Response(null, { status: 304, headers });
  const key = `${article.slug}:${version}`;
  let text = answers.get(key);
  if (!text) {
    text = JSON.stringify((await liveUpdate(await getSite(), article)).update);
    if (answers.size >= ANSWERS_KEPT) answers.delete(answers.keys().next().value!);
    answers.set(key, text);
  }
  return new Response(text, { headers: { ...headers, 'content-type': 'application/json; charset=utf-8' } });
}
