import { getSiteConfig, type SiteConfig } from './content';

/** Site settings every page, feed and sitemap shares: `site.yml`, with the base URL from `SITE_URL` first. */
export interface Site extends SiteConfig {
  url: string;
}

/** The site's settings; `SITE_URL` overrides `url` in site.yml, and localhost is the last resort. */
export async function getSite(): Promise<Site> {
  const config = await getSiteConfig();
  const url = (process.env.SITE_URL || config.url || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '');
  return { ...config, url };
}

/** An absolute URL on this site for a path like `/world/storm`. */
export function absoluteUrl(site: Site, pathname: string): string {
  return new URL(pathname, `${site.url}/`).toString();
}
