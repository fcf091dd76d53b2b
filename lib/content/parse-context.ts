import type { Section } from './catalog';
import type { ParseContext } from './parse-article';
import type { SiteConfig } from './schema';

/** The settings article files are read against: the site's zone, default section, languages and section names. */
export function parseContextOf(site: SiteConfig, sections: Section[]): ParseContext {
  return {
    timeZone: site.timezone, defaultSection: site.defaultSection, sectionNames: new Map(sections.map((s) => [s.slug, s.name])),
    language: site.language, languages: site.languages,
  };
}
