import type { Metadata } from "next";
import Link from "next/link";
import { Lock } from "lucide-react";
import { requirePageProjectAccess } from "@/lib/auth/require-page-project-access";
import { importLimits } from "@/lib/server/article-import/import-limits";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ImportTabs } from "@/components/import/import-tabs";

export const metadata: Metadata = { title: "Import" };

type Props = { params: Promise<{ slug: string }> };

// Owners and reviewers bring articles and existing annotations in here. The
// preview and the import go through the imports API, which checks the role again.
export default async function ImportPage({ params }: Props) {
  const { slug } = await params;
  const { project, allowed } = await requirePageProjectAccess(slug, "articles.import");
  const breadcrumbs = [{ label: project.name, href: `/projects/${project.slug}` }, { label: "Import" }];
  if (!allowed) {
    return (
      <PageContainer width="narrow">
        <PageHeader title="Import" breadcrumbs={breadcrumbs} />
        <EmptyState
          icon={<Lock />}
          title="Only owners and reviewers can import"
          description={`Imports add articles and annotations for everyone in ${project.name}. Ask an owner or reviewer to import what you need.`}
          action={
            <Button asChild variant="outline">
              <Link href={`/projects/${project.slug}`}>Back to the articles</Link>
            </Button>
          }
        />
      </PageContainer>
    );
  }
  const { maxFileBytes, maxLines } = importLimits();
  return (
    <PageContainer className="space-y-6">
      <PageHeader
        title="Import"
        breadcrumbs={breadcrumbs}
        description="Bring in articles (pasted text, .txt, .md, .html, JSONL) or existing annotations (Label Studio, doccano, Claimdesk JSONL, W3C). Nothing is saved until you review the preview and press Import."
      />
      <ImportTabs slug={project.slug} maxFileBytes={maxFileBytes} maxLines={maxLines} />
    </PageContainer>
  );
}
