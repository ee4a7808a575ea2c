import type { Metadata } from "next";
import Link from "next/link";
import { FolderOpen } from "lucide-react";
import { requireUser } from "@/lib/auth/current-user";
import { listProjectsForUser } from "@/lib/server/project/list-projects-for-user";
import { listPendingInvitations } from "@/lib/server/invite/list-pending-invitations";
import { roleLabels } from "@/lib/auth/permissions";
import { WorkspaceShell } from "../_components/workspace-shell";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardDescription, CardHeader, CardTitle, CardContent } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { NewProjectDialog } from "./_components/new-project-dialog";

export const metadata: Metadata = { title: "Projects" };

export default async function ProjectsPage() {
  const user = await requireUser();
  const [projects, invitations] = await Promise.all([listProjectsForUser(user.id), listPendingInvitations(user)]);
  return (
    <WorkspaceShell>
      <PageContainer>
        <PageHeader
          title="Projects"
          description="Each project has its own articles, label schema and team."
          actions={<NewProjectDialog />}
        />
        {invitations.length > 0 ? (
          <p className="mb-6 rounded-md border bg-accent/40 px-4 py-3 text-sm" role="status">
            {invitations.length === 1 ? "An invitation to a project is" : `${invitations.length} invitations to projects are`} waiting for your answer in your{" "}
            <Link className="font-medium underline" href="/inbox">Inbox</Link>.
          </p>
        ) : null}
        {projects.length === 0 ? (
          <EmptyState
            icon={<FolderOpen />}
            title="No projects yet"
            description="Create a project, or ask a colleague to invite you to theirs."
          />
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" aria-label="Your projects">
            {projects.map((project) => (
              <li key={project.id}>
                <Card className="relative h-full transition-colors hover:border-primary/50">
                  <CardHeader>
                    <CardTitle as="h2" className="text-lg">
                      <Link href={`/projects/${project.slug}`} className="after:absolute after:inset-0 after:rounded-xl focus-visible:after:ring-2 focus-visible:after:ring-ring focus-visible:outline-none">
                        {project.name}
                      </Link>
                    </CardTitle>
                    {project.description ? <CardDescription>{project.description}</CardDescription> : null}
                  </CardHeader>
                  <CardContent className="flex flex-wrap items-center gap-3 text-sm text-muted-foreground">
                    <Badge variant="secondary">{roleLabels[project.role]}</Badge>
                    <span>{project.articleCount} {project.articleCount === 1 ? "article" : "articles"}</span>
                    <span aria-hidden="true">·</span>
                    <span>{project.memberCount} {project.memberCount === 1 ? "member" : "members"}</span>
                  </CardContent>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </PageContainer>
    </WorkspaceShell>
  );
}
