import type { Metadata } from 'next';
import { SearchView } from '@/components/SearchView';
import { getSearchPage } from '@/lib/search';
import { pageMetadata } from '@/lib/seo/metadata';
import { getSite } from '@/lib/site';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Result pages are for readers, not search engines: `noindex`, but their links may be followed. */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = (await searchParams).q;
  const query = (Array.isArray(q) ? q[0] : q)?.trim().slice(0, 60);
  return {
    ...pageMetadata(await getSite(), { title: query ? `Search: ${query}` : 'Search', path: '/search' }),
    robots: { index: false, follow: true },
  };
}

/** `/search?q=…&section=…&from=…&to=…&sort=…&page=…`: full-text search over published stories. */
export default async function SearchPage({ searchParams }: Props) {
  const [site, data] = await Promise.all([getSite(), getSearchPage(await searchParams)]);
  return <SearchView data={data} locale={site.language} timeZone={site.timezone} />;
}
