import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requireUser } from "@/lib/auth/current-user";
import { listProjectsForUser } from "@/lib/server/project/list-projects-for-user";

// Server side of the shell: loads the signed-in user and their projects and
// hands plain values (never raw rows) to the client parts.
export async function WorkspaceShell({ currentProjectSlug, children }: { currentProjectSlug?: string; children: ReactNode }) {
  const user = await requireUser();
  const projects = await listProjectsForUser(user.id);
  return (
    <AppShell
      user={{ name: user.name, email: user.email }}
      projects={projects.map((p) => ({ slug: p.slug, name: p.name, role: p.role }))}
      currentProjectSlug={currentProjectSlug}
    >
      {children}
    </AppShell>
  );
}
