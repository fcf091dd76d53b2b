import type { Metadata } from 'next';
import { ListingPage } from '@/components/ListingPage';
import { SectionSidebar } from '@/components/SectionSidebar';
import { pageHref } from '@/components/Pagination';
import { getArticles, getSection, getSections } from '@/lib/content';
import { redirectAliasOrNotFound } from '@/lib/redirects';
import { breadcrumbJsonLd, collectionPageJsonLd, sectionCrumbs } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { getSite } from '@/lib/site';
import { JsonLd } from '@/components/JsonLd';
import { AdScripts } from '@/components/AdScripts';
import { AdSlot } from '@/components/AdSlot';
import { slotsForPage } from '@/lib/content/ad-config';

/** Title, description and self-canonical URL of page `page` of a section front. */
export async function sectionFrontMetadata(slug: string, page: number): Promise<Metadata> {
  const section = await getSection(slug);
  if (!section) return {};
  return pageMetadata(await getSite(), {
    title: page > 1 ? `${section.name} (page ${page})` : section.name,
    description: section.description ?? `The latest ${section.name} news.`,
    path: pageHref(`/${slug}`, page),
    section,
  });
}

/** A section front, newest first, 20 stories a page; 404 for an unknown section or page. */
export async function SectionFront({ slug, page }: { slug: string; page: number }) {
  const section = await getSection(slug);
  const list = section ? await getArticles({ section: slug, page }) : undefined;
  if (!section || !list) return redirectAliasOrNotFound(pageHref(`/${slug}`, page));
  const [site, sections] = await Promise.all([getSite(), getSections()]);
  const path = pageHref(`/${slug}`, page);
  const [slot] = slotsForPage(site.ads, ['section-front'], section.ads === false);
  return (
    <>
      <JsonLd
        data={[
          collectionPageJsonLd(site, { name: section.name, description: section.description, path, articles: list.items }),
          breadcrumbJsonLd(site, sectionCrumbs(section)),
        ]}
      />
      <ListingPage
      title={section.name}
      intro={section.description ? <p className="listing-header__intro">{section.description}</p> : undefined}
      articles={list.items}
      page={list.page}
      totalPages={list.totalPages}
      basePath={`/${slug}`}
      locale={site.language}
      timeZone={site.timezone}
      aside={<SectionSidebar sections={sections} current={slug} latest={[]} />}
      ad={slot && { after: slot.afterItem!, slot: <AdSlot slot={slot} house={site.ads?.house} /> }}
      />
      <AdScripts network={site.ads?.network} slots={slot ? 1 : 0} />
    </>
  );
}
