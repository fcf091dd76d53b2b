import { getDeskStories } from '@/lib/content';
import { deskUsers, signedIn } from '@/lib/desk/desk-auth';
import { DESK_HEADERS } from '@/lib/desk/desk-html';
import { loginPage, storyListPage } from '@/lib/desk/desk-pages';
import { getSite } from '@/lib/site';

// Per request, never cached: what it shows depends on who is signed in.
export const dynamic = 'force-dynamic';

/** `/desk`: the story list for a signed-in user, else the sign-in form; 404 while no desk user exists (the desk is off). */
export async function GET(request: Request) {
  const users = deskUsers();
  if (!users.length) return new Response('Not found', { status: 404, headers: { ...DESK_HEADERS, 'content-type': 'text/plain; charset=utf-8' } });
  const site = await getSite();
  const current = signedIn(request, users);
  const html = current ? storyListPage(site, current.user, current.session, await getDeskStories()) : loginPage(site);
  return new Response(html, { headers: DESK_HEADERS });
}
