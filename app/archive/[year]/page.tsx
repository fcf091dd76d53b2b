import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArchiveMonths } from '@/components/ArchiveYears';
import { JsonLd } from '@/components/JsonLd';
import { archivePath, getArchiveYears, parseArchiveYear } from '@/lib/content';
import { formatMonth } from '@/lib/format';
import { breadcrumbJsonLd, collectionPageJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { getSite } from '@/lib/site';

// Rendered on first request (nothing at build time, so the build never depends on the archive), then
// served from Next's cache and re-rendered in the background at most once a second: the publishing window.
export const revalidate = 1;

/** No page is rendered at build time; each is rendered and cached when first requested. */
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ year: string }> };

async function findYear(segment: string) {
  const year = parseArchiveYear(segment);
  return year === undefined ? undefined : (await getArchiveYears()).find((y) => y.year === year);
}

/** Title and self-canonical URL of a year's archive. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const year = await findYear((await params).year);
  if (!year) return {};
  return pageMetadata(await getSite(), { title: `${year.year} archive`, description: `Stories published in ${year.year}, by month.`, path: archivePath(year.year) });
}

/** `/archive/<yyyy>`: the year's months with their story counts; 404 for a year without stories. */
export default async function ArchiveYearPage({ params }: Props) {
  const year = await findYear((await params).year);
  if (!year) notFound();
  const site = await getSite();
  const name = `${year.year} archive`;
  return (
    <>
      <JsonLd
        data={[
          collectionPageJsonLd(site, {
            name, path: archivePath(year.year),
            links: year.months.map((m) => ({ name: formatMonth(year.year, m.month, site.language), path: archivePath(year.year, m.month) })),
          }),
          breadcrumbJsonLd(site, [{ name: 'Home', path: '/' }, { name: 'Archive', path: '/archive' }, { name: String(year.year) }]),
        ]}
      />
      <header className="listing-header">
        <p className="kicker">
          <a href="/archive">Archive</a>
        </p>
        <h1>{year.year}</h1>
        <p className="listing-header__intro">
          {year.count} {year.count === 1 ? 'story' : 'stories'}
        </p>
      </header>
      <ArchiveMonths year={year} locale={site.language} />
    </>
  );
}
