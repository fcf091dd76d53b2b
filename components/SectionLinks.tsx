/** A section as navigation lists show it. */
export interface NavSection {
  slug: string;
  name: string;
}

/** Ways to browse besides the sections, linked from the footer and the search help. */
export const BROWSE_LINKS = [
  { href: '/archive', name: 'Archive' },
  { href: '/tags', name: 'All topics' },
  { href: '/search', name: 'Search' },
  { href: '/corrections', name: 'Corrections' },
];

/** A navigation list of section links, optionally led by a link home and followed by other links. */
export function SectionLinks({
  sections,
  withHome = false,
  extra = [],
  className,
}: {
  sections: NavSection[];
  withHome?: boolean;
  extra?: { href: string; name: string }[];
  className?: string;
}) {
  const links = [
    ...(withHome ? [{ href: '/', name: 'Home' }] : []),
    ...sections.map((s) => ({ href: `/${s.slug}`, name: s.name })),
    ...extra,
  ];
  return (
    <ul className={className}>
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href}>{link.name}</a>
        </li>
      ))}
    </ul>
  );
}
