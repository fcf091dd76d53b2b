import { BROWSE_LINKS, SectionLinks, type NavSection } from './SectionLinks';

/** The site footer: sections again, ways to browse (archive, topics, search), and the newsroom's name. */
export function SiteFooter({ siteName, description, sections }: { siteName: string; description?: string; sections: NavSection[] }) {
  return (
    <footer className="site-footer">
      <nav aria-label="Footer">
        <SectionLinks sections={sections} />
      </nav>
      <nav aria-label="Browse" className="site-footer__browse">
        <SectionLinks sections={[]} extra={BROWSE_LINKS} />
      </nav>
      <p>
        <strong>{siteName}</strong>
        {description ? ` · ${description}` : null}
      </p>
    </footer>
  );
}
