import { browseLinks, SectionLinks, type NavSection } from './SectionLinks';
import { ENGLISH, type Messages } from '@/lib/messages';

/** The site footer: sections again, ways to browse (archive, topics, search), and the newsroom's name. */
export function SiteFooter({
  siteName, description, sections, t = ENGLISH,
}: { siteName: string; description?: string; sections: NavSection[]; t?: Messages }) {
  return (
    <footer className="site-footer">
      <nav aria-label={t.footer}>
        <SectionLinks sections={sections} />
      </nav>
      <nav aria-label={t.browse} className="site-footer__browse">
        <SectionLinks sections={[]} extra={browseLinks(t)} />
      </nav>
      <p>
        <strong>{siteName}</strong>
        {description ? ` · ${description}` : null}
      </p>
    </footer>
  );
}
