import Link from 'next/link';

/** A section link in the masthead navigation. */
export interface NavSection {
  slug: string;
  name: string;
}

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
        <ul>
          <li>
            <Link href="/">Home</Link>
          </li>
          {sections.map((s) => (
            <li key={s.slug}>
              <Link href={`/${s.slug}`}>{s.name}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
