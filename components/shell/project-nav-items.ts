import { can } from "@/lib/auth/permissions";
import type { ShellRole } from "./types";

export type ProjectNavItem = {
  label: string;
  href: string;
  /** Whether `pathname` is this item's page or somewhere inside its section. */
  isActive: (pathname: string) => boolean;
};

/**
 * The project's primary sections. "Articles" is the project root, so it also
 * owns `/articles/...` (the editor) but must not claim Settings. A link must
 * never 404, and sections a role cannot use (assigning, importing) are not
 * offered to it.
 */
export function projectNavItems(slug: string, role?: ShellRole): ProjectNavItem[] {
  const base = `/projects/${encodeURIComponent(slug)}`;
  const section = (href: string) => (pathname: string) => pathname === href || pathname.startsWith(`${href}/`);
  return [
    {
      label: "Articles",
      href: base,
      isActive: (pathname) => pathname === base || section(`${base}/articles`)(pathname),
    },
    // One entry for the cross-article work, opening on its picture (the
    // coverage matrix) and owning the cluster pages: eleven links are what
    // fits the bar at 90rem beside the switcher and the user's controls.
    {
      label: "Clusters",
      href: `${base}/coverage`,
      isActive: (pathname) => section(`${base}/coverage`)(pathname) || section(`${base}/clusters`)(pathname),
    },
    { label: "Entities", href: `${base}/entities`, isActive: section(`${base}/entities`) },
    { label: "Review", href: `${base}/review`, isActive: section(`${base}/review`) },
    { label: "Dashboard", href: `${base}/dashboard`, isActive: section(`${base}/dashboard`) },
    // Links mirror the server's rules (permissions.ts); the pages check them again.
    ...(can(role, "articles.assign") ? [{ label: "Assignments", href: `${base}/assignments`, isActive: section(`${base}/assignments`) }] : []),
    { label: "My queue", href: `${base}/queue`, isActive: section(`${base}/queue`) },
    { label: "Agreement", href: `${base}/agreement`, isActive: section(`${base}/agreement`) },
    { label: "Export", href: `${base}/export`, isActive: section(`${base}/export`) },
    ...(can(role, "articles.import") ? [{ label: "Import", href: `${base}/import`, isActive: section(`${base}/import`) }] : []),
    { label: "Settings", href: `${base}/settings`, isActive: section(`${base}/settings`) },
  ];
}
