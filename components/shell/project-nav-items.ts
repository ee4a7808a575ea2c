export type ProjectNavItem = {
  label: string;
  href: string;
  /** Whether `pathname` is this item's page or somewhere inside its section. */
  isActive: (pathname: string) => boolean;
};

/**
 * The project's primary sections. "Articles" is the project root, so it also
 * owns `/articles/...` (the editor) but must not claim Settings. Review and
 * Export join this list when their pages exist (a link must never 404).
 */
export function projectNavItems(slug: string): ProjectNavItem[] {
  const base = `/projects/${encodeURIComponent(slug)}`;
  const section = (href: string) => (pathname: string) => pathname === href || pathname.startsWith(`${href}/`);
  return [
    {
      label: "Articles",
      href: base,
      isActive: (pathname) => pathname === base || section(`${base}/articles`)(pathname),
    },
    { label: "Import", href: `${base}/import`, isActive: section(`${base}/import`) },
    { label: "Settings", href: `${base}/settings`, isActive: section(`${base}/settings`) },
  ];
}
