import { SearchBox } from './SearchBox';
import { SectionLinks, type NavSection } from './SectionLinks';
import { ENGLISH, type Messages } from '@/lib/messages';

/** The site masthead: the newsroom name, the search box and the section navigation. */
export function Masthead({
  siteName, tagline, sections, t = ENGLISH, editions = [],
}: {
  siteName: string; tagline?: string; sections: NavSection[]; t?: Messages;
  /** The fronts of the site's other languages, each named in its own language. */
  editions?: { href: string; lang: string; name: string }[];
}) {
  return (
    <header className="masthead">
      <div className="masthead__brand">
        <a href="/" className="masthead__name">
          {siteName}
        </a>
        {tagline ? <p className="masthead__tagline">{tagline}</p> : null}
      </div>
      <SearchBox />
      {editions.length ? (
        <nav aria-label={t.editions} className="masthead__editions">
          <ul>
            {editions.map((e) => (
              <li key={e.href}>
                <a href={e.href} hrefLang={e.lang} lang={e.lang}>
                  {e.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <nav aria-label={t.sections} className="masthead__nav">
        <SectionLinks sections={sections} withHome home={t.home} />
      </nav>
    </header>
  );
}
