import { redirectAliasOrNotFound } from '@/lib/redirects';

type Props = { params: Promise<{ section: string; slug: string; rest: string[] }> };

/** Deeper paths: an article's old address (alias) redirects, anything else is 404. */
export default async function DeepPath({ params }: Props) {
  const { section, slug, rest } = await params;
  return redirectAliasOrNotFound(`/${[section, slug, ...rest].map(encodeURIComponent).join('/')}`);
}
