import Link from 'next/link';
import { SectionLinks, type NavSection } from './SectionLinks';

/** The site masthead: the newsroom name and the section navigation. */
export function Masthead({ siteName, tagline, sections }: { siteName: string; tagline?: string; sections: NavSection[] }) {
  return (
    <header className="masthead">
      <div className="masthead__brand">
        <Link href="/" className="masthead__name">
          {siteName}
        </Link>
        {tagline ? <p className="masthead__tagline">{tagline}</p> : null}
      </div>
      <nav aria-label="Sections" className="masthead__nav">
        <SectionLinks sections={sections} withHome />
      </nav>
    </header>
  );
}
