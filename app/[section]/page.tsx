import { SectionFront, sectionFrontMetadata } from './section-front';

type Props = { params: Promise<{ section: string }> };

/** Metadata of a section front's first page. */
export async function generateMetadata({ params }: Props) {
  return sectionFrontMetadata((await params).section, 1);
}

/** `/<section>`: the section front. */
export default async function SectionPage({ params }: Props) {
  return <SectionFront slug={(await params).section} page={1} />;
}
