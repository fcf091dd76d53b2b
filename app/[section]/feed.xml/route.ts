import { feedResponse } from '@/app/_shared/feed-response';

// Content changes while the site runs, so the feed is rendered for every request.
export const dynamic = 'force-dynamic';

/** `/<section>/feed.xml`: RSS 2.0 of one section's newest published articles; 404 for an unknown section. */
export async function GET(request: Request, { params }: { params: Promise<{ section: string }> }) {
  return feedResponse(request, 'rss', (await params).section);
}
