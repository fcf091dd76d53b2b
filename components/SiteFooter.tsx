import Link from 'next/link';
import type { NavSection } from './Masthead';

/** The site footer: sections again, and the newsroom's name. */
export function SiteFooter({ siteName, description, sections }: { siteName: string; description?: string; sections: NavSection[] }) {
  return (
    <footer className="site-footer">
      <nav aria-label="Footer">
        <ul>
          {sections.map((s) => (
            <li key={s.slug}>
              <Link href={`/${s.slug}`}>{s.name}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <p>
        <strong>{siteName}</strong>
        {description ? ` · ${description}` : null}
      </p>
    </footer>
  );
}
