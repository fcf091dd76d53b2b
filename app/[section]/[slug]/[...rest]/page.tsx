import { redirectAliasOrNotFound } from '@/lib/redirects';

// Rendered on first request (nothing at build time, so the build never depends on the archive), then
// served from Next's cache and re-rendered in the background at most once a second: the publishing window.
export const revalidate = 1;

/** No page is rendered at build time; each is rendered and cached when first requested. */
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ section: string; slug: string; rest: string[] }> };

/** Deeper paths: an article's old address (alias) redirects, anything else is 404. */
export default async function DeepPath({ params }: Props) {
  const { section, slug, rest } = await params;
  return redirectAliasOrNotFound(`/${[section, slug, ...rest].map(encodeURIComponent).join('/')}`);
}
