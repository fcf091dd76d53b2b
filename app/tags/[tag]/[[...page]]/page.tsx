import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ListingPage } from '@/components/ListingPage';
import { pageHref } from '@/components/Pagination';
import { getArticles, getTag } from '@/lib/content';
import { listingPageNumber } from '@/lib/redirects';
import { getSite } from '@/lib/site';

type Props = { params: Promise<{ tag: string; page?: string[] }> };

/** Title and self-canonical URL of a tag page. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag: slug, page } = await params;
  const tag = await getTag(slug);
  const n = listingPageNumber(page) ?? 1;
  if (!tag) return {};
  return {
    title: n > 1 ? `${tag.name} (page ${n})` : tag.name,
    description: `Stories about ${tag.name}.`,
    alternates: { canonical: pageHref(`/tags/${slug}`, n) },
  };
}

/** `/tags/<tag>` and `/tags/<tag>/page/<n>`: stories with one tag, newest first. */
export default async function TagPage({ params }: Props) {
  const { tag: slug, page } = await params;
  if (page?.join('/') === 'page/1') permanentRedirect(`/tags/${slug}`);
  const n = listingPageNumber(page);
  const tag = await getTag(slug);
  const list = tag && n ? await getArticles({ tag: slug, page: n }) : undefined;
  if (!tag || !list) notFound();
  const site = await getSite();
  return (
    <ListingPage
      kicker="Topic"
      title={tag.name}
      intro={<p className="listing-header__intro">{tag.count} {tag.count === 1 ? 'story' : 'stories'}</p>}
      articles={list.items}
      page={list.page}
      totalPages={list.totalPages}
      basePath={`/tags/${slug}`}
      locale={site.language}
      timeZone={site.timezone}
    />
  );
}
