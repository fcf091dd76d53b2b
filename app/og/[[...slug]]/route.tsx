import { createHash } from 'node:crypto';
import { ImageResponse } from 'next/og';
import { getArticle } from '@/lib/content';
import { cachedCard, cardHeadline } from '@/lib/seo/og-card-cache';
import { getSite } from '@/lib/site';

export const dynamic = 'force-dynamic';

/**
 * `/og/<slug>`: an article's 1200×630 social card (headline, section, site name); `/og`: the site's card.
 * Rendered once per version of what it shows, then served from memory with an ETag.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug?: string[] }> }) {
  const { slug } = await params;
  const site = await getSite();
  const article = slug?.length === 1 ? await getArticle(slug[0]) : undefined;
  if (slug?.length && !article) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
  const headline = cardHeadline(article?.title ?? site.description ?? site.name);
  const section = article?.sectionName ?? 'News';
  const key = createHash('sha256').update(JSON.stringify([article?.digest, headline, section, site.name])).digest('base64url');
  const headers = { etag: `"${key.slice(0, 27)}"`, 'cache-control': 'public, max-age=3600' };
  if (request.headers.get('if-none-match')?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === headers.etag)) {
    return new Response(null, { status: 304, headers });
  }
  const png = await cachedCard(key, () => new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 72, background: '#14213d', color: '#fdfcfa' }}>
        <div style={{ display: 'flex', fontSize: 34, letterSpacing: 4, textTransform: 'uppercase', color: '#ff8a80' }}>{section}</div>
        <div style={{ display: 'flex', fontSize: headline.length > 90 ? 56 : 68, lineHeight: 1.15, fontWeight: 700 }}>{headline}</div>
        <div style={{ display: 'flex', fontSize: 32, borderTop: '4px solid #fdfcfa', paddingTop: 24 }}>{site.name}</div>
      </div>
    ),
    { width: 1200, height: 630 },
  ).arrayBuffer());
  return new Response(png, { headers: { ...headers, 'content-type': 'image/png' } });
}
