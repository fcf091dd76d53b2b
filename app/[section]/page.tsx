import { FrontPageView } from '@/components/FrontPageView';
import { getSection, languageOfFrontSegment, languagesOf } from '@/lib/content';
import { frontMetadata } from '@/lib/seo/metadata';
import { getSite } from '@/lib/site';
import { SectionFront, sectionFrontMetadata } from './section-front';

// Rendered on first request (nothing at build time, so the build never depends on the archive), then
// served from Next's cache and re-rendered in the background at most once a second: the publishing window.
export const revalidate = 1;

/** No page is rendered at build time; each is rendered and cached when first requested. */
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ section: string }> };

/** The language of the edition whose front `/<segment>` is (`/fr`), unless a section has that slug. */
async function editionAt(segment: string): Promise<string | undefined> {
  const [site, section] = await Promise.all([getSite(), getSection(segment)]);
  return section ? undefined : languageOfFrontSegment(segment, languagesOf(site));
}

/** Metadata of a section front's first page, or of a language edition's front. */
export async function generateMetadata({ params }: Props) {
  const { section } = await params;
  const language = await editionAt(section);
  return language ? frontMetadata(await getSite(), language) : sectionFrontMetadata(section, 1);
}

/** `/<section>`: the section front; `/fr` and the like: the front page of that language's edition. */
export default async function SectionPage({ params }: Props) {
  const { section } = await params;
  const language = await editionAt(section);
  return language ? <FrontPageView site={await getSite()} language={language} /> : <SectionFront slug={section} page={1} />;
}
