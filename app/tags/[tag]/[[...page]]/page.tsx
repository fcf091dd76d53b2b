import { TopicListing, topicMetadata } from '@/app/_shared/topic-listing';

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
