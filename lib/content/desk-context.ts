import { articleFileSlugs } from './check-files';
import type { ParseContext } from './parse-article';
import { collectSlugsInUse } from './new-article';
import type { Section } from './catalog';
import type { SiteConfig } from './schema';
import { parseContextOf } from './parse-context';
import { currentState } from './store';

/** What the desk's editor needs of the content folder: settings to check a file with, sections, names in use. */
export interface DeskContext {
  ctx: ParseContext;
  site: SiteConfig;
  sections: Section[];
  otherSections: Section[];
  slugsInUse: Map<string, string>;
  tagNames: string[];
  authorIds: string[];
}

/** The desk's view of the content folder now (the same settings the site parses files with). */
export async function getDeskContext(): Promise<DeskContext> {
  const state = await currentState();
  const { site, sections, catalog } = state;
  return {
    ctx: parseContextOf(site, sections),
    site,
    sections,
    otherSections: catalog.sections,
    slugsInUse: collectSlugsInUse(articleFileSlugs(state)),
    tagNames: [...catalog.tags.values()].map((t) => t.name).sort(),
    authorIds: [...catalog.authors.values()].filter((a) => a.profileFile).map((a) => a.id).sort(),
  };
}
