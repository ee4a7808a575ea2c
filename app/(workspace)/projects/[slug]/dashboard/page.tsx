import type { Metadata } from "next";
import { requirePageProjectAccess } from "@/lib/auth/require-page-project-access";
import { getProjectProgress, PROGRESS_DAYS } from "@/lib/server/assignment/get-project-progress";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ArticleStatusChart } from "@/components/dashboard/article-status-chart";
import { ReviewedShare } from "@/components/dashboard/reviewed-share";
import { ThroughputChart } from "@/components/dashboard/throughput-chart";
import { PeopleThroughput } from "@/components/dashboard/people-throughput";

export const metadata: Metadata = { title: "Dashboard" };

type Props = { params: Promise<{ slug: string }> };

// Progress of the whole project, for every member: where articles stand,
// how much has been reviewed, and who annotated how much.
export default async function DashboardPage({ params }: Props) {
  const { slug } = await params;
  const access = await requirePageProjectAccess(slug);
  const { project } = access;
  const progress = await getProjectProgress(access);
  return (
    <PageContainer className="space-y-6">
      <PageHeader
        title="Dashboard"
        description={`${progress.articles} articles and ${progress.annotations} annotations in ${project.name}.`}
        breadcrumbs={[{ label: project.name, href: `/projects/${project.slug}` }, { label: "Dashboard" }]}
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Card>
          <CardHeader>
            <CardTitle as="h2">Articles by state</CardTitle>
            <CardDescription>Not started, in progress, submitted by every annotator needed, in review, done.</CardDescription>
          </CardHeader>
          <CardContent>
            <ArticleStatusChart counts={progress.statusCounts} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle as="h2">Reviewed</CardTitle>
            <CardDescription>Annotations accepted, rejected, sent back for changes, or in the gold layer.</CardDescription>
          </CardHeader>
          <CardContent>
            <ReviewedShare reviewed={progress.reviewed} total={progress.annotations} />
          </CardContent>
        </Card>
      </div>
      <Card>
        <CardHeader>
          <CardTitle as="h2">Annotations per day</CardTitle>
          <CardDescription>Created in the last {PROGRESS_DAYS} days (UTC), by everyone; deleted ones are not counted.</CardDescription>
        </CardHeader>
        <CardContent>
          <ThroughputChart perDay={progress.perDay} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle as="h2">Per person</CardTitle>
          <CardDescription>Annotations made and assignments submitted. Counts only: nobody&apos;s annotations are shown here.</CardDescription>
        </CardHeader>
        <CardContent>
          <PeopleThroughput people={progress.people} days={PROGRESS_DAYS} />
        </CardContent>
      </Card>
    </PageContainer>
  );
}
