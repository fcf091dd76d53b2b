import { TopicListing, topicMetadata } from '@/app/_shared/topic-listing';

// Rendered on first request (nothing at build time, so the build never depends on the archive), then
// served from Next's cache and re-rendered in the background at most once a second: the publishing window.
export const revalidate = 1;

/** No page is rendered at build time; each is rendered and cached when first requested. */
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ tag: string; page?: string[] }> };

/** Metadata of a tag page. */
export async function generateMetadata({ params }: Props) {
  const { tag, page } = await params;
  return topicMetadata({ kind: 'tag', id: tag }, page);
}

/** `/tags/<tag>` and `/tags/<tag>/page/<n>`: stories with one tag, newest first. */
export default async function TagPage({ params }: Props) {
  const { tag, page } = await params;
  return <TopicListing topic={{ kind: 'tag', id: tag }} tail={page} />;
}
