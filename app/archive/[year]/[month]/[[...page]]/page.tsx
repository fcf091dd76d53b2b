import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { JsonLd } from '@/components/JsonLd';
import { ListingPage } from '@/components/ListingPage';
import { pageHref } from '@/components/Pagination';
import { archivePath, getArchiveMonth, parseArchiveMonth, parseArchiveYear } from '@/lib/content';
import { formatMonth } from '@/lib/format';
import { listingPageNumber } from '@/lib/redirects';
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

type Props = { params: Promise<{ year: string; month: string; page?: string[] }> };

async function findMonth({ year: y, month: m, page: tail }: Awaited<Props['params']>) {
  const year = parseArchiveYear(y);
  const month = parseArchiveMonth(m);
  const n = listingPageNumber(tail);
  if (year === undefined || month === undefined || !n) return undefined;
  const list = await getArchiveMonth(year, month, n);
  return list && { year, month, list, basePath: archivePath(year, month) };
}

/** Title and self-canonical URL of a month's archive page. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findMonth(await params);
  if (!found) return {};
  const site = await getSite();
  const name = formatMonth(found.year, found.month, site.language);
  return pageMetadata(site, {
    title: found.list.page > 1 ? `${name} (page ${found.list.page})` : name,
    description: `Stories published in ${name}.`,
    path: pageHref(found.basePath, found.list.page),
  });
}

/** `/archive/<yyyy>/<mm>` and `…/page/<n>`: a month's stories, newest first; 404 for an empty month or a page past the end. */
export default async function ArchiveMonthPage({ params }: Props) {
  const resolved = await params;
  if (resolved.page?.join('/') === 'page/1') permanentRedirect(`/archive/${encodeURIComponent(resolved.year)}/${encodeURIComponent(resolved.month)}`);
  const found = await findMonth(resolved);
  if (!found) notFound();
  const site = await getSite();
  const name = formatMonth(found.year, found.month, site.language);
  const path = pageHref(found.basePath, found.list.page);
  return (
    <>
      <JsonLd
        data={[
          collectionPageJsonLd(site, { name, description: `Stories published in ${name}.`, path, articles: found.list.items }),
          breadcrumbJsonLd(site, [
            { name: 'Home', path: '/' }, { name: 'Archive', path: '/archive' }, { name: String(found.year), path: archivePath(found.year) }, { name },
          ]),
        ]}
      />
      <ListingPage
        kicker={`Archive · ${found.year}`}
        title={name}
        intro={<p className="listing-header__intro">{`${found.list.total} ${found.list.total === 1 ? 'story' : 'stories'}`}</p>}
        articles={found.list.items}
        page={found.list.page}
        totalPages={found.list.totalPages}
        basePath={found.basePath}
        locale={site.language}
        timeZone={site.timezone}
      />
    </>
  );
}
