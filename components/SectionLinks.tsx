import { ENGLISH, type Messages } from '@/lib/messages';

/** A section as navigation lists show it. */
export interface NavSection {
  slug: string;
  name: string;
}

/** Ways to browse besides the sections, linked from the footer and the search help. */
export function browseLinks(t: Messages): { href: string; name: string }[] {
  return [
    { href: '/archive', name: t.archive },
    { href: '/tags', name: t.allTopics },
    { href: '/search', name: t.search },
    { href: '/corrections', name: t.corrections },
  ];
}

/** The browse links in English, for pages not yet translated. */
export const BROWSE_LINKS = browseLinks(ENGLISH);

/** A navigation list of section links, optionally led by a link home and followed by other links. */
export function SectionLinks({
  sections,
  withHome = false,
  extra = [],
  className,
  home = ENGLISH.home,
}: {
  sections: NavSection[];
  withHome?: boolean;
  extra?: { href: string; name: string }[];
  className?: string;
  /** The name of the link home, in the page's language. */
  home?: string;
}) {
  const links = [
    ...(withHome ? [{ href: '/', name: home }] : []),
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
