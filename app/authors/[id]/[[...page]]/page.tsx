import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ListingPage } from '@/components/ListingPage';
import { pageHref } from '@/components/Pagination';
import { getArticles, getAuthor, getAuthorBioHtml } from '@/lib/content';
import { listingPageNumber } from '@/lib/redirects';
import { getSite } from '@/lib/site';

type Props = { params: Promise<{ id: string; page?: string[] }> };

/** Title and self-canonical URL of an author page. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, page } = await params;
  const author = await getAuthor(id);
  const n = listingPageNumber(page) ?? 1;
  if (!author) return {};
  return {
    title: n > 1 ? `${author.name} (page ${n})` : author.name,
    description: author.role ? `${author.name}, ${author.role}` : `Stories by ${author.name}.`,
    alternates: { canonical: pageHref(`/authors/${id}`, n) },
  };
}

/** `/authors/<id>`: the author's bio and stories, newest first. */
export default async function AuthorPage({ params }: Props) {
  const { id, page } = await params;
  if (page?.join('/') === 'page/1') permanentRedirect(`/authors/${id}`);
  const n = listingPageNumber(page);
  const author = await getAuthor(id);
  const list = author && n ? await getArticles({ author: id, page: n }) : undefined;
  if (!author || !list) notFound();
  const [site, bio] = await Promise.all([getSite(), getAuthorBioHtml(author)]);
  return (
    <ListingPage
      kicker={author.role ?? 'Author'}
      title={author.name}
      intro={bio && n === 1 ? <div className="author-bio" dangerouslySetInnerHTML={{ __html: bio }} /> : undefined}
      articles={list.items}
      page={list.page}
      totalPages={list.totalPages}
      basePath={`/authors/${id}`}
      locale={site.language}
      timeZone={site.timezone}
    />
  );
}
