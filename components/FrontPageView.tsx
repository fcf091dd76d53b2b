import { ArticleCard } from './ArticleCard';
import { ArticleList } from './ArticleList';
import { JsonLd } from './JsonLd';
import { MostRead } from './MostRead';
import { getFrontPage, getMostRead, languageFrontPath, languagesOf } from '@/lib/content';
import { messagesFor } from '@/lib/messages';
import { collectionPageJsonLd, webSiteJsonLd } from '@/lib/seo/json-ld';
import type { Site } from '@/lib/site';

/** A language edition's front page (`/`, or `/fr` for French): lead story, top stories, a block per section, most read and latest. */
export async function FrontPageView({ site, language }: { site: Site; language: string }) {
  const [front, mostRead] = await Promise.all([getFrontPage(language), getMostRead()]);
  const t = messagesFor(language);
  const fmt = { locale: language, timeZone: site.timezone, t, siteLanguage: language };
  const path = languageFrontPath(language, languagesOf(site));
  return (
    <div className="front" lang={language === site.language ? undefined : language}>
      <JsonLd
        data={[
          ...(path === '/' ? [webSiteJsonLd(site)] : []),
          { ...collectionPageJsonLd(site, { name: site.name, description: site.description, path, articles: front.latest }), inLanguage: language },
        ]}
      />
      <h1 className="sr-only">{t.frontHeading(site.name)}</h1>
      {front.lead ? (
        <section aria-label={t.topStories} className="front__top">
          <ArticleCard article={front.lead} variant="lead" headingLevel={2} {...fmt} />
          <ArticleList articles={front.top} headingLevel={3} className="front__top-list" {...fmt} />
        </section>
      ) : (
        <p className="empty">{t.noStories}</p>
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
            <MostRead articles={mostRead} t={t} language={language} />
            <section aria-labelledby="latest-heading" className="sidebar-box">
              <h2 id="latest-heading" className="sidebar-box__title">
                {t.latest}
              </h2>
              <ArticleList articles={front.latest} variant="compact" headingLevel={3} {...fmt} />
            </section>
          </aside>
        ) : null}
      </div>
    </div>
  );
}
