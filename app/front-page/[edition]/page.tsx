import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FrontPageView } from '@/components/FrontPageView';
import { frontMetadata } from '@/lib/seo/metadata';
import { getSite } from '@/lib/site';
import { FRONT_PAGE_EDITION } from '@/lib/front-page-route';

// `/` is rewritten here (next.config.mjs) so the front page is a dynamic route like the others: rendered
// on first request rather than at build time, then cached and re-rendered at most once a second.
export const revalidate = 1;

/** Nothing is rendered at build time. */
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ edition: string }> };

/** The front page's self-canonical URL, social cards and the other language editions' fronts. */
export async function generateMetadata(): Promise<Metadata> {
  const site = await getSite();
  return frontMetadata(site, site.language);
}

/** The front page of the site's main language: lead story, top stories, a block per section and the latest list. */
export default async function FrontPage({ params }: Props) {
  if ((await params).edition !== FRONT_PAGE_EDITION) notFound();
  const site = await getSite();
  return <FrontPageView site={site} language={site.language} />;
}
