import type { Metadata } from 'next';
import { draftMode } from 'next/headers';
import { permanentRedirect } from 'next/navigation';
import { AdScripts } from '@/components/AdScripts';
import { AdSlot } from '@/components/AdSlot';
import { ArticleBody } from '@/components/ArticleBody';
import { ArticleHeader } from '@/components/ArticleHeader';
import { ArticleNotes } from '@/components/ArticleNotes';
import { HeroFigure } from '@/components/HeroFigure';
import { LiveBlog } from '@/components/LiveBlog';
import { MostRead } from '@/components/MostRead';
import { PreviewBanner } from '@/components/PreviewBanner';
import { RelatedList } from '@/components/RelatedList';
import { SectionSidebar } from '@/components/SectionSidebar';
import { TagList } from '@/components/TagList';
import {
  getArticle, getArticleHtml, getArticles, getMostRead, getPreviewArticle, getRelated, getSections, getTranslations, monthArchivePath,
  publicationStatus,
} from '@/lib/content';
import { languageName, messagesFor } from '@/lib/messages';
import { slotsForPage } from '@/lib/content/ad-config';
import { redirectAliasOrNotFound } from '@/lib/redirects';
import { breadcrumbJsonLd, liveBlogJsonLd, newsArticleJsonLd, sectionCrumbs } from '@/lib/seo/json-ld';
import { articleMetadata } from '@/lib/seo/metadata';
import { getSite } from '@/lib/site';
import { JsonLd } from '@/components/JsonLd';

// Rendered on first request (nothing at build time, so the build never depends on the archive), then
// served from Next's cache and re-rendered in the background at most once a second: the publishing window.
export const revalidate = 1;

/** No page is rendered at build time; each is rendered and cached when first requested. */
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ section: string; slug: string }> };

/** The article readers may see, or in preview mode (draft mode on) any valid article. */
async function findArticle(slug: string) {
  const published = await getArticle(slug);
  if (published) return { article: published, preview: (await draftMode()).isEnabled };
  if (!(await draftMode()).isEnabled) return { article: undefined, preview: false };
  return { article: await getPreviewArticle(slug), preview: true };
}

/** Headline, standfirst and canonical URL of an article. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article, preview } = await findArticle((await params).slug);
  if (!article) return {};
  const metadata = articleMetadata(await getSite(), article, preview ? [] : await getTranslations(article));
  return preview ? { ...metadata, robots: { index: false, follow: false } } : metadata;
}

/** `/<section>/<slug>`: the article, with the section and related sidebars. */
export default async function ArticlePage({ params }: Props) {
  const { section, slug } = await params;
  const { article, preview } = await findArticle(slug);
  if (!article) return redirectAliasOrNotFound(`/${section}/${slug}`);
  if (article.sectionSlug !== section) permanentRedirect(article.url);

  const [site, html, related, sections, sectionLatest, mostRead, translations] = await Promise.all([
    getSite(),
    article.live ? '' : getArticleHtml(article),
    getRelated(article),
    getSections(),
    getArticles({ section: article.sectionSlug, perPage: 6 }),
    getMostRead(),
    getTranslations(article),
  ]);
  const t = messagesFor(article.language);
  const adFree = article.adFree || sections.find((s) => s.slug === article.sectionSlug)?.ads === false;
  const slots = slotsForPage(site.ads, ['article-body', 'article-end', 'related', 'sidebar-top'], adFree);
  const slotAt = (position: string) => slots.find((s) => s.position === position);
  const house = site.ads?.house;
  const relatedSlot = slotAt('related');
  const [endSlot, sidebarSlot] = [slotAt('article-end'), slotAt('sidebar-top')];
  const ad = (slot: ReturnType<typeof slotAt>) => slot && <AdSlot slot={slot} house={house} label={t.advertisement} />;
  return (
    <div className="with-sidebar article-layout" lang={article.language === site.language ? undefined : article.language}>
      <article className="article">
        <JsonLd data={[article.live ? liveBlogJsonLd(site, article, translations) : newsArticleJsonLd(site, article, translations), breadcrumbJsonLd(site, sectionCrumbs({ name: article.sectionName, slug: article.sectionSlug }, article))]} />
        {preview ? <PreviewBanner status={publicationStatus(article, new Date())} /> : null}
        <ArticleHeader
          article={article}
          timeZone={site.timezone}
          archiveHref={preview ? undefined : monthArchivePath(article.date, site.timezone)}
          t={t}
          locale={article.language}
          translations={translations.map((a) => ({ href: a.url, lang: a.language, name: languageName(a.language) }))}
        />
        {article.image ? (
          <HeroFigure src={article.image} alt={article.imageAlt} caption={article.imageCaption} credit={article.imageCredit} />
        ) : null}
        {article.live ? <LiveBlog site={site} article={article} t={t} /> : <ArticleBody html={html} slots={slots} house={house} adLabel={t.advertisement} />}
        <ArticleNotes article={article} locale={article.language} timeZone={site.timezone} t={t} />
        {ad(endSlot)}
        <TagList tags={article.tagRefs} t={t} />
        {preview ? null : <AdScripts network={site.ads?.network} slots={slots.length} />}
      </article>
      <aside className="sidebar" aria-label={t.moreStories}>
        {ad(sidebarSlot)}
        <RelatedList articles={related} ad={relatedSlot && { after: relatedSlot.afterItem!, slot: ad(relatedSlot) }} t={t} language={article.language} />
        <MostRead articles={mostRead} t={t} language={article.language} />
        <SectionSidebar
          sections={sections}
          current={article.sectionSlug}
          latest={(sectionLatest?.items ?? []).filter((a) => a.slug !== article.slug).slice(0, 5)}
          t={t}
          language={article.language}
        />
      </aside>
    </div>
  );
}
