import type { Article } from '@/lib/content';
import { ArticleList } from './ArticleList';
import { BROWSE_LINKS, SectionLinks } from './SectionLinks';

/** What to try next: search tips, the sections, and the latest stories. Shown before a search and after a fruitless one. */
export function SearchHelp({
  latest, sections, suggestions = [], locale, timeZone, maxLength,
}: {
  latest: Article[];
  sections: { slug: string; name: string }[];
  suggestions?: { text: string; href: string }[];
  locale: string;
  timeZone: string;
  maxLength: number;
}) {
  return (
    <div className="search-help">
      {suggestions.length ? (
        <p className="search-help__suggest">
          Did you mean{' '}
          {suggestions.map((s, i) => (
            <span key={s.text}>
              {i > 0 ? ', ' : null}
              <a href={s.href}>{s.text}</a>
            </span>
          ))}
          ?
        </p>
      ) : null}
      <section aria-labelledby="search-tips">
        <h2 id="search-tips">Search tips</h2>
        <ul>
          <li>Search headlines, standfirsts, topics, bylines and the full text of every story.</li>
          <li>The start of a word is enough (“prison” finds “prisoners”), and small typos in longer words are forgiven.</li>
          <li>Capitals and accents do not matter: “cafe” finds “Café”.</li>
          <li>Narrow by section or date, or sort newest first. Queries are cut at {maxLength} characters.</li>
        </ul>
      </section>
      {sections.length ? (
        <nav aria-labelledby="search-sections">
          <h2 id="search-sections">Browse the sections</h2>
          <SectionLinks sections={sections} extra={BROWSE_LINKS.filter((link) => link.href !== '/search')} className="search-help__sections" />
        </nav>
      ) : null}
      {latest.length ? (
        <section aria-labelledby="search-latest">
          <h2 id="search-latest">Latest stories</h2>
          <ArticleList articles={latest} variant="compact" headingLevel={3} locale={locale} timeZone={timeZone} />
        </section>
      ) : null}
    </div>
  );
}
