import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { ArticleHeader } from '@/components/ArticleHeader';
import { HeroFigure } from '@/components/HeroFigure';
import { RelatedList } from '@/components/RelatedList';
import { SectionSidebar } from '@/components/SectionSidebar';
import { TagList } from '@/components/TagList';
import { getArticle, getArticleHtml, getArticles, getRelated, getSections } from '@/lib/content';
import { redirectAliasOrNotFound } from '@/lib/redirects';
import { getSite } from '@/lib/site';

type Props = { params: Promise<{ section: string; slug: string }> };

/** Headline, standfirst and canonical URL of an article. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle((await params).slug);
  if (!article) return {};
  return {
    title: article.title,
    description: article.summary,
    alternates: { canonical: article.url },
    authors: article.bylines.map((b) => ({ name: b.name, url: `/authors/${b.id}` })),
    keywords: article.tags,
  };
}

/** `/<section>/<slug>`: the article, with the section and related sidebars. */
export default async function ArticlePage({ params }: Props) {
  const { section, slug } = await params;
  const article = await getArticle(slug);
  if (!article) return redirectAliasOrNotFound(`/${section}/${slug}`);
  if (article.sectionSlug !== section) permanentRedirect(article.url);

  const [site, html, related, sections, sectionLatest] = await Promise.all([
    getSite(),
    getArticleHtml(article),
    getRelated(article),
    getSections(),
    getArticles({ section: article.sectionSlug, perPage: 6 }),
  ]);
  return (
    <div className="with-sidebar article-layout">
      <article className="article">
        <ArticleHeader article={article} locale={site.language} timeZone={site.timezone} />
        {article.image ? (
          <HeroFigure src={article.image} alt={article.imageAlt} caption={article.imageCaption} credit={article.imageCredit} />
        ) : null}
        <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />
        <TagList tags={article.tagRefs} />
      </article>
      <aside className="sidebar" aria-label="More stories">
        <RelatedList articles={related} />
        <SectionSidebar
          sections={sections}
          current={article.sectionSlug}
          latest={(sectionLatest?.items ?? []).filter((a) => a.slug !== article.slug).slice(0, 5)}
        />
      </aside>
    </div>
  );
}
