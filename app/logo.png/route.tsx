import { ImageResponse } from 'next/og';
import { getSite } from '@/lib/site';

export const dynamic = 'force-dynamic';

/** `/logo.png`: the newsroom's 512×512 logo (its initials), used as the publisher logo in structured data. */
export async function GET() {
  const site = await getSite();
  const initials = site.name
    .split(/\s+/)
    .filter((w) => /^[A-Z0-9]/.test(w) && !/^(The|A|An)$/.test(w))
    .map((w) => w[0])
    .join('')
    .slice(0, 3) || site.name.slice(0, 1);
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#a3161a', color: '#fdfcfa', fontSize: 220, fontWeight: 700 }}>
        {initials}
      </div>
    ),
    { width: 512, height: 512, headers: { 'cache-control': 'public, max-age=86400' } },
  );
}
