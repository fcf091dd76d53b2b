import { getContentVersion } from '@/lib/content';

/** The content folder's current version: the dev server's pages poll it to reload when a Markdown file is saved. */
export async function GET() {
  return Response.json({ version: await getContentVersion() }, { headers: { 'cache-control': 'no-store' } });
}
