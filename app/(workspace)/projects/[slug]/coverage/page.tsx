import type { Metadata } from "next";
import { Grid3x3 } from "lucide-react";
import { requirePageProjectAccess } from "@/lib/auth/require-page-project-access";
import { getCoverageMatrix } from "@/lib/server/cluster/get-coverage-matrix";
import { listLabels } from "@/lib/server/label/list-labels";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { CoverageMatrixView } from "@/components/clusters/coverage-matrix-view";
import { ClusterSectionTabs } from "@/components/clusters/cluster-section-tabs";
import { ClusterListLive } from "@/components/clusters/cluster-list-live";

export const metadata: Metadata = { title: "Coverage" };

type Props = { params: Promise<{ slug: string }> };

// Facts (clusters) × outlets: the project at a glance.
export default async function CoveragePage({ params }: Props) {
  const { slug } = await params;
  const access = await requirePageProjectAccess(slug);
  const [matrix, labels] = await Promise.all([getCoverageMatrix(access), listLabels(access)]);
  const statusNames = Object.fromEntries(labels.filter((l) => l.kind === "VERIFICATION_STATUS").map((l) => [l.id, l.name]));
  const base = `/projects/${access.project.slug}`;

  return (
    <PageContainer width="full">
      <PageHeader
        title="Coverage"
        breadcrumbs={[{ label: access.project.name, href: base }, { label: "Coverage" }]}
        description="Which outlet reports which fact, in what stance, where they conflict, and what only one outlet says. Arrow keys move between cells; Enter opens the claim in its article."
      />
      <ClusterSectionTabs projectSlug={access.project.slug} current="coverage" />
      <ClusterListLive projectSlug={access.project.slug} />
      {matrix.facts.length === 0 ? (
        <EmptyState
          icon={<Grid3x3 />}
          title="No facts clustered yet"
          description="Select a claim in an article and press L to link it with the same fact in other outlets."
        />
      ) : (
        <CoverageMatrixView projectSlug={access.project.slug} matrix={matrix} statusNames={statusNames} />
      )}
    </PageContainer>
  );
}
