import { ArticleCard } from '@/components/ArticleCard';
import { ArticleList } from '@/components/ArticleList';
import type { Metadata } from 'next';
import { JsonLd } from '@/components/JsonLd';
import { MostRead } from '@/components/MostRead';
import { getFrontPage, getMostRead } from '@/lib/content';
import { collectionPageJsonLd, webSiteJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { getSite } from '@/lib/site';
import { notFound } from 'next/navigation';
import { FRONT_PAGE_EDITION } from '@/lib/front-page-route';

// `/` is rewritten here (next.config.mjs) so the front page is a dynamic route like the others: rendered
// on first request rather than at build time, then cached and re-rendered at most once a second.
export const revalidate = 1;

/** Nothing is rendered at build time. */
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ edition: string }> };

/** The front page's self-canonical URL and social cards. */
export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(await getSite(), { path: '/' });
}

/** The front page: lead story, top stories, a block per section and the latest list. */
export default async function FrontPage({ params }: Props) {
  if ((await params).edition !== FRONT_PAGE_EDITION) notFound();
  const [site, front, mostRead] = await Promise.all([getSite(), getFrontPage(), getMostRead()]);
  const fmt = { locale: site.language, timeZone: site.timezone };
  return (
    <div className="front">
      <JsonLd
        data={[
          webSiteJsonLd(site),
          collectionPageJsonLd(site, { name: site.name, description: site.description, path: '/', articles: front.latest }),
        ]}
      />
      <h1 className="sr-only">{site.name}: latest news</h1>
      {front.lead ? (
        <section aria-label="Top stories" className="front__top">
          <ArticleCard article={front.lead} variant="lead" headingLevel={2} {...fmt} />
          <ArticleList articles={front.top} headingLevel={3} className="front__top-list" {...fmt} />
        </section>
      ) : (
        <p className="empty">No stories have been published yet.</p>
      )}
      <div className="with-sidebar">
        <div>
          {front.sections.map(({ section, articles }) => (
            <section key={section.slug} aria-labelledby={`front-${section.slug}`} className="front__section">
              <h2 id={`front-${section.slug}`} className="section-title">
                <a href={`/${section.slug}`}>{section.name}</a>
              </h2>
              <ArticleList articles={articles} headingLevel={3} showKicker={false} {...fmt} />
            </section>
          ))}
        </div>
        {front.latest.length ? (
          <aside className="sidebar">
            <MostRead articles={mostRead} />
            <section aria-labelledby="latest-heading" className="sidebar-box">
              <h2 id="latest-heading" className="sidebar-box__title">
                Latest
              </h2>
              <ArticleList articles={front.latest} variant="compact" headingLevel={3} {...fmt} />
            </section>
          </aside>
        ) : null}
      </div>
    </div>
  );
}
