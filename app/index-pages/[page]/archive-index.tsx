import type { Metadata } from 'next';
import { ArchiveYears } from '@/components/ArchiveYears';
import { JsonLd } from '@/components/JsonLd';
import { getArchiveYears } from '@/lib/content';
import { breadcrumbJsonLd, collectionPageJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { getSite } from '@/lib/site';

const DESCRIPTION = 'Every published story, by year and month.';

/** Title and self-canonical URL of the archive. */
export async function archiveIndexMetadata(): Promise<Metadata> {
  return pageMetadata(await getSite(), { title: 'Archive', description: DESCRIPTION, path: '/archive' });
}

/** `/archive`: the years with their story counts, and their months. */
export async function ArchiveIndexPage() {
  const [site, years] = await Promise.all([getSite(), getArchiveYears()]);
  return (
    <>
      <JsonLd
        data={[
          collectionPageJsonLd(site, { name: 'Archive', description: DESCRIPTION, path: '/archive', links: years.map((y) => ({ name: String(y.year), path: `/archive/${y.year}` })) }),
          breadcrumbJsonLd(site, [{ name: 'Home', path: '/' }, { name: 'Archive' }]),
        ]}
      />
      <header className="listing-header">
        <h1>Archive</h1>
        <p className="listing-header__intro">{DESCRIPTION}</p>
      </header>
      <ArchiveYears years={years} locale={site.language} />
    </>
  );
}
