import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { INDEX_PAGES } from '@/lib/front-page-route';
import { archiveIndexMetadata, ArchiveIndexPage } from './archive-index';
import { tagIndexMetadata, TagIndexPage } from './tag-index';

// `/tags` and `/archive` are rewritten here (next.config.mjs; lib/front-page-route.ts says why): rendered on
// first request, cached, and re-rendered when a list of stories changes (lib/content/page-tags.ts).
export const revalidate = 1;

/** Nothing is rendered at build time. */
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ page: string }> };
type IndexPage = (typeof INDEX_PAGES)[number];

const PAGES: Record<IndexPage, { metadata: () => Promise<Metadata>; Page: () => Promise<React.JSX.Element> }> = {
  tags: { metadata: tagIndexMetadata, Page: TagIndexPage },
  archive: { metadata: archiveIndexMetadata, Page: ArchiveIndexPage },
};

async function indexPage(props: Props) {
  const { page } = await props.params;
  return (INDEX_PAGES as readonly string[]).includes(page) ? PAGES[page as IndexPage] : undefined;
}

/** The index's title and self-canonical URL (`/tags` or `/archive`). */
export async function generateMetadata(props: Props): Promise<Metadata> {
  return (await indexPage(props))?.metadata() ?? {};
}

/** The topic index or the archive's years; any other name is 404. */
export default async function IndexPageRoute(props: Props) {
  const page = await indexPage(props);
  if (!page) notFound();
  return <page.Page />;
}
