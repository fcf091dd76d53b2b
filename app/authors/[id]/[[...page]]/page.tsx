import { TopicListing, topicMetadata } from '@/app/_shared/topic-listing';

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
