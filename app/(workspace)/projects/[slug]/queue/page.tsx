import type { Metadata } from "next";
import Link from "next/link";
import { InboxIcon } from "lucide-react";
import { requirePageProjectAccess } from "@/lib/auth/require-page-project-access";
import { listMyQueue } from "@/lib/server/assignment/list-my-queue";
import { formatDate } from "@/lib/format/format-date";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ArticleStatusBadge } from "@/components/assignment/article-status-badge";
import { assignmentStatusLabels } from "@/components/assignment/assignment-status-labels";
import { MyAssignmentActions } from "@/components/assignment/my-assignment-actions";

export const metadata: Metadata = { title: "My queue" };

type Props = { params: Promise<{ slug: string }> };

// The signed-in person's assignments in this project: what to do next.
export default async function QueuePage({ params }: Props) {
  const { slug } = await params;
  const access = await requirePageProjectAccess(slug);
  const { project } = access;
  const queue = await listMyQueue(access);
  const open = queue.filter((q) => q.status !== "SUBMITTED").length;
  return (
    <PageContainer>
      <PageHeader
        title="My queue"
        description={
          queue.length === 0
            ? undefined
            : `${open} to do, ${queue.length - open} submitted.${project.blindAnnotation ? " Blind annotation: colleagues’ annotations appear once you submit." : ""}`
        }
        breadcrumbs={[{ label: project.name, href: `/projects/${project.slug}` }, { label: "My queue" }]}
      />
      {queue.length === 0 ? (
        <EmptyState icon={<InboxIcon />} title="Nothing assigned to you" description="Articles a project owner assigns to you appear here." />
      ) : (
        <Table aria-label="My assignments">
          <TableHeader>
            <TableRow>
              <TableHead scope="col">Article</TableHead>
              <TableHead scope="col">Assigned</TableHead>
              <TableHead scope="col">My work</TableHead>
              <TableHead scope="col" className="text-right">My annotations</TableHead>
              <TableHead scope="col">Article state</TableHead>
              <TableHead scope="col">
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {queue.map((item) => (
              <TableRow key={item.articleId} data-testid="queue-row">
                <TableCell className="max-w-[28rem] whitespace-normal">
                  <span className="font-medium">{item.title}</span>
                  {item.outlet ? <span className="block text-xs text-muted-foreground">{item.outlet}</span> : null}
                </TableCell>
                <TableCell>{formatDate(new Date(item.assignedAt))}</TableCell>
                <TableCell>
                  <Badge variant={item.status === "SUBMITTED" ? "success" : item.status === "IN_PROGRESS" ? "info" : "outline"}>
                    {assignmentStatusLabels[item.status]}
                  </Badge>
                </TableCell>
                <TableCell className="text-right tabular-nums">{item.myAnnotations}</TableCell>
                <TableCell>
                  <ArticleStatusBadge status={item.articleStatus} />
                </TableCell>
                <TableCell>
                  <div className="flex flex-wrap items-center justify-end gap-2">
                    <Button asChild size="sm" variant="outline">
                      <Link href={`/projects/${project.slug}/articles/${item.articleId}`} aria-label={`Open “${item.title}”`}>
                        Open
                      </Link>
                    </Button>
                    <MyAssignmentActions
                      projectSlug={project.slug}
                      articleId={item.articleId}
                      articleTitle={item.title}
                      status={item.status}
                      canReopen={item.canReopen}
                      blind={project.blindAnnotation}
                    />
                  </div>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </PageContainer>
  );
}
