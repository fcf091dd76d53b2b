import { ImageResponse } from 'next/og';
import { getArticle } from '@/lib/content';
import { getSite } from '@/lib/site';

export const dynamic = 'force-dynamic';

/** `/og/<slug>`: an article's 1200×630 social card (headline, section, site name); `/og`: the site's card. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug?: string[] }> }) {
  const { slug } = await params;
  const site = await getSite();
  const article = slug?.length === 1 ? await getArticle(slug[0]) : undefined;
  if (slug?.length && !article) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
  const headline = article?.title ?? site.description ?? site.name;
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 72, background: '#14213d', color: '#fdfcfa' }}>
        <div style={{ display: 'flex', fontSize: 34, letterSpacing: 4, textTransform: 'uppercase', color: '#ff8a80' }}>{article?.sectionName ?? 'News'}</div>
        <div style={{ display: 'flex', fontSize: headline.length > 90 ? 56 : 68, lineHeight: 1.15, fontWeight: 700 }}>{headline}</div>
        <div style={{ display: 'flex', fontSize: 32, borderTop: '4px solid #fdfcfa', paddingTop: 24 }}>{site.name}</div>
      </div>
    ),
    { width: 1200, height: 630, headers: { 'cache-control': 'public, max-age=3600' } },
  );
}
