import type { Metadata } from "next";
import { FileText } from "lucide-react";
import { requirePageProjectAccess } from "@/lib/auth/require-page-project-access";
import { listAssignmentBoard } from "@/lib/server/assignment/list-assignment-board";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { AssignmentBoard } from "@/components/assignment/assignment-board";

export const metadata: Metadata = { title: "Assignments" };

type Props = { params: Promise<{ slug: string }> };

// Owners decide who annotates which article and how many annotators each needs.
export default async function AssignmentsPage({ params }: Props) {
  const { slug } = await params;
  const access = await requirePageProjectAccess(slug, "articles.assign");
  const { project, allowed } = access;
  const header = (
    <PageHeader
      title="Assignments"
      description={`Who annotates which article of ${project.name}.${project.blindAnnotation ? " Blind annotation is on." : ""}`}
      breadcrumbs={[{ label: project.name, href: `/projects/${project.slug}` }, { label: "Assignments" }]}
    />
  );
  if (!allowed) {
    return (
      <PageContainer>
        {header}
        <Alert role="status">
          <AlertTitle>Only project owners assign articles</AlertTitle>
          <AlertDescription>Your own assignments are in My queue.</AlertDescription>
        </Alert>
      </PageContainer>
    );
  }
  const board = await listAssignmentBoard(access);
  return (
    <PageContainer>
      {header}
      {board.articles.length === 0 ? (
        <EmptyState icon={<FileText />} title="No articles yet" description="Import articles first; then assign them here." />
      ) : (
        <AssignmentBoard projectSlug={project.slug} board={board} />
      )}
    </PageContainer>
  );
}
