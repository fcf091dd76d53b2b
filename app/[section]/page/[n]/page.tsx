import { notFound, permanentRedirect } from 'next/navigation';
import { parsePageNumber } from '@/lib/content';
import { SectionFront, sectionFrontMetadata } from '../../section-front';

// Rendered on first request (nothing at build time, so the build never depends on the archive), then
// served from Next's cache and re-rendered in the background at most once a second: the publishing window.
export const revalidate = 1;

/** No page is rendered at build time; each is rendered and cached when first requested. */
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ section: string; n: string }> };

/** Metadata of a later page of a section front. */
export async function generateMetadata({ params }: Props) {
  const { section, n } = await params;
  return sectionFrontMetadata(section, parsePageNumber(n) ?? 1);
}

/** `/<section>/page/<n>`: older stories of a section; page 1 lives at `/<section>`. */
export default async function SectionPageN({ params }: Props) {
  const { section, n } = await params;
  const page = parsePageNumber(n);
  // Encoded: the segment could decode to `/evil.example`, and `//evil.example` is another site.
  if (page === 1) permanentRedirect(`/${encodeURIComponent(section)}`);
  if (!page) notFound();
  return <SectionFront slug={section} page={page} />;
}
