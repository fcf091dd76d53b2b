import { SectionLinks, type NavSection } from './SectionLinks';

/** The site footer: sections again, and the newsroom's name. */
export function SiteFooter({ siteName, description, sections }: { siteName: string; description?: string; sections: NavSection[] }) {
  return (
    <footer className="site-footer">
      <nav aria-label="Footer">
        <SectionLinks sections={sections} />
      </nav>
      <p>
        <strong>{siteName}</strong>
        {description ? ` · ${description}` : null}
      </p>
    </footer>
  );
}
