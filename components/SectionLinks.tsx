
/** A section as navigation lists show it. */
export interface NavSection {
  slug: string;
  name: string;
}

/** A navigation list of section links, optionally led by a link home. */
export function SectionLinks({ sections, withHome = false }: { sections: NavSection[]; withHome?: boolean }) {
  return (
    <ul>
      {withHome ? (
        <li>
          <a href="/">Home</a>
        </li>
      ) : null}
      {sections.map((s) => (
        <li key={s.slug}>
          <a href={`/${s.slug}`}>{s.name}</a>
        </li>
      ))}
    </ul>
  );
}
