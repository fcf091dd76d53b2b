import type { Metadata } from 'next';
import { SearchView } from '@/components/SearchView';
import { getSearchPage } from '@/lib/search';
import { searchParamsOfKey } from '@/lib/search/page-key';
import { pageMetadata } from '@/lib/seo/metadata';
import { getSite } from '@/lib/site';

// `/search?…` is rewritten here by proxy.ts with a key naming the search and the index's state
// (lib/search/page-key.ts): each search is rendered once per state of the index and cached, so fifty readers
// asking at once share one render. Readers who type this address are sent to /search (next.config.mjs).
export const revalidate = 1;

/** Nothing is rendered at build time. */
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ key: string }> };

/** Result pages are for readers, not search engines: `noindex`, but their links may be followed. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const query = searchParamsOfKey((await params).key).q?.trim().slice(0, 60);
  return {
    ...pageMetadata(await getSite(), { title: query ? `Search: ${query}` : 'Search', path: '/search' }),
    robots: { index: false, follow: true },
  };
}

/** `/search?q=…&section=…&from=…&to=…&sort=…&page=…`: full-text search over published stories. */
export default async function SearchResultsPage({ params }: Props) {
  const [site, data] = await Promise.all([getSite(), getSearchPage(searchParamsOfKey((await params).key))]);
  return <SearchView data={data} locale={site.language} timeZone={site.timezone} />;
}
