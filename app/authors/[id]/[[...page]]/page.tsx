import { TopicListing, topicMetadata } from '@/app/_shared/topic-listing';

// Rendered on first request (nothing at build time, so the build never depends on the archive), then
// served from Next's cache and re-rendered in the background at most once a second: the publishing window.
export const revalidate = 1;

/** No page is rendered at build time; each is rendered and cached when first requested. */
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string; page?: string[] }> };

/** Metadata of an author page. */
export async function generateMetadata({ params }: Props) {
  const { id, page } = await params;
  return topicMetadata({ kind: 'author', id }, page);
}

/** `/authors/<id>`: the author's bio and stories, newest first. */
export default async function AuthorPage({ params }: Props) {
  const { id, page } = await params;
  return <TopicListing topic={{ kind: 'author', id }} tail={page} />;
}
