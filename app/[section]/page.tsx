import { SectionFront, sectionFrontMetadata } from './section-front';

// Rendered on first request (nothing at build time, so the build never depends on the archive), then
// served from Next's cache and re-rendered in the background at most once a second: the publishing window.
export const revalidate = 1;

/** No page is rendered at build time; each is rendered and cached when first requested. */
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ section: string }> };

/** Metadata of a section front's first page. */
export async function generateMetadata({ params }: Props) {
  return sectionFrontMetadata((await params).section, 1);
}

/** `/<section>`: the section front. */
export default async function SectionPage({ params }: Props) {
  return <SectionFront slug={(await params).section} page={1} />;
}
