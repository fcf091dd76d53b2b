import type { Metadata } from 'next';
import { JsonLd } from '@/components/JsonLd';
import { TagIndex } from '@/components/TagIndex';
import { getTags } from '@/lib/content';
import { breadcrumbJsonLd, collectionPageJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { getSite } from '@/lib/site';

const DESCRIPTION = 'Every topic we cover, with its number of stories.';

/** Title and self-canonical URL of the topic index. */
export async function tagIndexMetadata(): Promise<Metadata> {
  return pageMetadata(await getSite(), { title: 'Topics', description: DESCRIPTION, path: '/tags' });
}

/** `/tags`: every tag on a published story, with its count (spellings differing in case, spaces or hyphens are one tag). */
export async function TagIndexPage() {
  const [site, tags] = await Promise.all([getSite(), getTags()]);
  return (
    <>
      <JsonLd
        data={[
          collectionPageJsonLd(site, { name: 'Topics', description: DESCRIPTION, path: '/tags', links: tags.map((t) => ({ name: t.name, path: `/tags/${t.slug}` })) }),
          breadcrumbJsonLd(site, [{ name: 'Home', path: '/' }, { name: 'Topics' }]),
        ]}
      />
      <header className="listing-header">
        <h1>Topics</h1>
        <p className="listing-header__intro">{DESCRIPTION}</p>
      </header>
      <TagIndex tags={tags} />
    </>
  );
}
