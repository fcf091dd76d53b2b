import { SearchBox } from './SearchBox';
import { SectionLinks, type NavSection } from './SectionLinks';

/** The site masthead: the newsroom name, the search box and the section navigation. */
export function Masthead({ siteName, tagline, sections }: { siteName: string; tagline?: string; sections: NavSection[] }) {
  return (
    <header className="masthead">
      <div className="masthead__brand">
        <a href="/" className="masthead__name">
          {siteName}
        </a>
        {tagline ? <p className="masthead__tagline">{tagline}</p> : null}
      </div>
      <SearchBox />
      <nav aria-label="Sections" className="masthead__nav">
        <SectionLinks sections={sections} withHome />
      </nav>
    </header>
  );
}
