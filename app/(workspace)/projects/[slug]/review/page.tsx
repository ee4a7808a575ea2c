import type { Metadata } from "next";
import { ClipboardCheck } from "lucide-react";
import { requirePageProjectAccess } from "@/lib/auth/require-page-project-access";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors/app-error";
import { listReviewQueue, type ReviewQueue } from "@/lib/server/review/list-review-queue";
import { listArticles } from "@/lib/server/article/list-articles";
import { listLabels } from "@/lib/server/label/list-labels";
import { listMembers } from "@/lib/server/membership/list-members";
import { queueFiltersFromSearch } from "@/lib/validations/review";
import { toPanelLabels } from "@/components/editor/to-panel-labels";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { QueueFilters } from "./_components/queue-filters";
import { ReviewQueueView } from "./_components/review-queue-view";

export const metadata: Metadata = { title: "Review" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// The review queue. Reviewers and owners work through colleagues'
// annotations (keyboard first); annotators and viewers see what happened to
// their own. Filters are plain query parameters, so a filtered queue is a link.
export default async function ReviewPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const access = await requirePageProjectAccess(slug);
  const { project, user, role } = access;
  const filters = queueFiltersFromSearch(await searchParams);
  let queue: ReviewQueue | null = null;
  let filterError: string | null = null;
  try {
    queue = await listReviewQueue(access, filters);
  } catch (error) {
    if (!isAppError(error) || error.code !== "BAD_REQUEST") throw error;
    filterError = error.message;
  }
  const [labels, articles, members] = await Promise.all([listLabels(access), listArticles(access), listMembers(access)]);
  const reviewer = can(role, "reviews.decide");

  return (
    <PageContainer>
      <PageHeader
        title="Review"
        breadcrumbs={[{ label: project.name, href: `/projects/${project.slug}` }, { label: "Review" }]}
        description={
          reviewer
            ? "Colleagues' annotations waiting for a decision. Keys: A accept · R reject · X request changes · J/K next/previous · C comment · O open in editor."
            : "What reviewers decided on your annotations. Keys: J/K next/previous · O open in editor."
        }
      />
      <QueueFilters
        values={filters}
        articles={articles.map((a) => ({ id: a.id, title: a.title }))}
        authors={members.filter((m) => m.role !== "VIEWER" && (!reviewer || m.id !== user.id)).map((m) => ({ id: m.id, name: m.name }))}
        statuses={toPanelLabels(labels).statuses}
        showAuthor={reviewer}
      />
      {filterError ? (
        <Alert variant="destructive" role="status" className="mt-4">
          <AlertDescription>{filterError}</AlertDescription>
        </Alert>
      ) : null}
      {queue && queue.items.length === 0 ? (
        <EmptyState className="mt-6" icon={<ClipboardCheck />} title="Nothing here" description="No annotations match these filters." />
      ) : null}
      {queue && queue.items.length > 0 ? (
        <ReviewQueueView key={JSON.stringify(filters)} projectSlug={project.slug} queue={queue} labels={toPanelLabels(labels)} canDecide={reviewer} />
      ) : null}
    </PageContainer>
  );
}
