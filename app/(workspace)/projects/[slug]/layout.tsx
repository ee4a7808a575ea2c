import type { ReactNode } from "react";
import { requirePageProjectAccess } from "@/lib/auth/require-page-project-access";
import { WorkspaceShell } from "../../_components/workspace-shell";

type Props = { children: ReactNode; params: Promise<{ slug: string }> };

export default async function ProjectLayout({ children, params }: Props) {
  const { slug } = await params;
  // Layouts do not re-render on every navigation, so each page checks access
  // again itself; this check only keeps non-members out of the shell.
  await requirePageProjectAccess(slug);
  return <WorkspaceShell currentProjectSlug={slug}>{children}</WorkspaceShell>;
}
