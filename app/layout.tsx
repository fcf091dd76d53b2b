import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { BreakingBanner } from '@/components/BreakingBanner';
import { DevContentRefresh } from '@/components/DevContentRefresh';
import { Masthead } from '@/components/Masthead';
import { SiteFooter } from '@/components/SiteFooter';
import { getBreakingNews, getSections, languageFrontPath, languagesOf } from '@/lib/content';
import { languageName, messagesFor } from '@/lib/messages';
import { pageMetadata } from '@/lib/seo/metadata';
import { OPENSEARCH_PATH, OPENSEARCH_TYPE } from '@/lib/seo/opensearch';
import { absoluteUrl, getSite } from '@/lib/site';
import './globals.css';

/** Site-wide metadata: title template and base URL for canonical links. */
export async function generateMetadata(): Promise<Metadata> {
  const site = await getSite();
  return {
    ...pageMetadata(site, { path: '/' }),
    metadataBase: new URL(`${site.url}/`),
    title: { default: site.name, template: `%s · ${site.name}` },
    robots: { index: true, follow: true, 'max-image-preview': 'large' },
  };
}

/** The page frame: skip link, masthead with section navigation, breaking-news banner, main content, footer. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const [site, sections, breaking] = await Promise.all([getSite(), getSections(), getBreakingNews()]);
  const nav = sections.filter((s) => s.count > 0);
  const t = messagesFor(site.language);
  const languages = languagesOf(site);
  const editions = languages.length > 1 ? languages.map((l) => ({ href: languageFrontPath(l, languages), lang: l, name: languageName(l) })) : [];
  return (
    <html lang={site.language}>
      <head>
        {/* Metadata has no field for rel="search" (alternates are always rel="alternate"), so the link is written here. */}
        <link rel="search" type={OPENSEARCH_TYPE} href={absoluteUrl(site, OPENSEARCH_PATH)} title={site.name} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <Masthead siteName={site.name} tagline={site.description} sections={nav} t={t} editions={editions} />
        <BreakingBanner story={breaking} t={t} language={site.language} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter siteName={site.name} description={site.description} sections={nav} t={t} />
        {process.env.NODE_ENV === 'development' ? <DevContentRefresh /> : null}
      </body>
    </html>
  );
}

/** Every page, the 404 included, is cached and re-rendered at most once a second (the publishing window). */
export const revalidate = 1;
