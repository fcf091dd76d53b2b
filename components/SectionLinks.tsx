import Link from 'next/link';

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
          <Link href="/">Home</Link>
        </li>
      ) : null}
      {sections.map((s) => (
        <li key={s.slug}>
          <Link href={`/${s.slug}`}>{s.name}</Link>
        </li>
      ))}
    </ul>
  );
}
