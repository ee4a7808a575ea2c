import type { Metadata } from "next";
import Link from "next/link";
import { Layers } from "lucide-react";
import { requirePageProjectAccess } from "@/lib/auth/require-page-project-access";
import { getCoverageMatrix } from "@/lib/server/cluster/get-coverage-matrix";
import { listClusters } from "@/lib/server/cluster/list-clusters";
import { can } from "@/lib/auth/permissions";
import { listLabels } from "@/lib/server/label/list-labels";
import { formatDate } from "@/lib/format/format-date";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Badge } from "@/components/ui/badge";
import { ClusterSectionTabs } from "@/components/clusters/cluster-section-tabs";
import { sortCoverageFacts } from "@/components/clusters/sort-coverage-facts";
import { ClusterListLive } from "@/components/clusters/cluster-list-live";
import { DeletedClusterList } from "@/components/clusters/deleted-cluster-list";

export const metadata: Metadata = { title: "Clusters" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ deleted?: string | string[] }> };

// Every cluster (fact) of the project, most widely reported first. It reads
// what the coverage matrix reads, so both agree on what a person may see.
// ?deleted=true lists the deleted clusters instead, to restore them.
export default async function ClustersPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const showDeleted = (await searchParams).deleted === "true";
  const access = await requirePageProjectAccess(slug);
  if (showDeleted) return <DeletedClustersPage access={access} />;
  const [matrix, labels] = await Promise.all([getCoverageMatrix(access), listLabels(access)]);
  const statusNames = new Map(labels.filter((l) => l.kind === "VERIFICATION_STATUS").map((l) => [l.id, l.name]));
  const base = `/projects/${access.project.slug}`;
  const facts = sortCoverageFacts(matrix.facts, "coverage");

  return (
    <PageContainer>
      <ClusterListLive projectSlug={access.project.slug} />
      <PageHeader
        title="Clusters"
        breadcrumbs={[{ label: access.project.name, href: base }, { label: "Clusters" }]}
        description="Each cluster is one fact as the outlets report it. Open one to compare the wording side by side and decide its verdict."
      />
      <ClusterSectionTabs projectSlug={access.project.slug} current="clusters" />
      <p className="-mt-3 mb-4 text-right text-sm">
        <Link href={`${base}/clusters?deleted=true`} className="text-muted-foreground underline-offset-2 hover:text-foreground hover:underline">
          Show deleted clusters
        </Link>
      </p>
      {facts.length === 0 ? (
        <EmptyState icon={<Layers />} title="No clusters yet" description="Select a claim in an article and press L to link it with the same fact in other outlets." />
      ) : (
        <ul className="flex flex-col gap-3" aria-label="Clusters">
          {facts.map((fact) => {
            const members = fact.cells.reduce((n, c) => n + c.members.length, 0);
            return (
              <li key={fact.id} data-cluster-id={fact.id} className="rounded-xl border bg-card p-4 shadow-xs">
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="min-w-0">
                    <Link href={`${base}/clusters/${encodeURIComponent(fact.id)}`} className="font-medium hover:underline">
                      {fact.title}
                    </Link>
                    {fact.statement && fact.statement !== fact.title ? <p className="mt-1 text-sm text-muted-foreground">{fact.statement}</p> : null}
                  </div>
                  <div className="flex flex-wrap items-center gap-1.5">
                    {fact.conflict ? <Badge variant="destructive">Conflict</Badge> : null}
                    {fact.singleOutlet ? <Badge variant="warning">Single outlet</Badge> : null}
                    {fact.statusId && statusNames.get(fact.statusId) ? <Badge variant="outline">{statusNames.get(fact.statusId)}</Badge> : null}
                  </div>
                </div>
                <p className="mt-2 text-xs text-muted-foreground">
                  {members} {members === 1 ? "member" : "members"} · {fact.outletCount} {fact.outletCount === 1 ? "outlet" : "outlets"} · first appeared{" "}
                  {formatDate(fact.firstAppearance)}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </PageContainer>
  );
}

async function DeletedClustersPage({ access }: { access: Awaited<ReturnType<typeof requirePageProjectAccess>> }) {
  const clusters = await listClusters(access, { deleted: "true" });
  const base = `/projects/${access.project.slug}`;
  return (
    <PageContainer>
      <ClusterListLive projectSlug={access.project.slug} />
      <PageHeader
        title="Deleted clusters"
        breadcrumbs={[{ label: access.project.name, href: base }, { label: "Clusters", href: `${base}/clusters` }, { label: "Deleted" }]}
        description="Deleting a cluster keeps its members, verdict, evidence and discussion; restoring it brings it back as it was."
      />
      <ClusterSectionTabs projectSlug={access.project.slug} current="clusters" />
      <p className="-mt-3 mb-4 text-right text-sm">
        <Link href={`${base}/clusters`} className="text-muted-foreground underline-offset-2 hover:text-foreground hover:underline">
          Back to the live clusters
        </Link>
      </p>
      <DeletedClusterList projectSlug={access.project.slug} clusters={clusters} canRestore={can(access.role, "annotations.create")} />
    </PageContainer>
  );
}
