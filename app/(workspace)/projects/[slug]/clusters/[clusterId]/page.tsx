import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageProjectAccess } from "@/lib/auth/require-page-project-access";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { listLabels } from "@/lib/server/label/list-labels";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { ClusterView } from "@/components/clusters/cluster-view";

export const metadata: Metadata = { title: "Cluster" };

type Props = { params: Promise<{ slug: string; clusterId: string }> };

// One fact across outlets. The page gives the frame (title, rights, labels);
// the view reads the cluster through the API so it can follow live changes.
export default async function ClusterPage({ params }: Props) {
  const { slug, clusterId } = await params;
  const access = await requirePageProjectAccess(slug);
  const cluster = await db.claimCluster.findFirst({ where: { id: clusterId, projectId: access.project.id, deletedAt: null }, select: { id: true, title: true } });
  if (!cluster) notFound();
  const labels = await listLabels(access.project.id);
  const statuses = labels.filter((l) => l.kind === "VERIFICATION_STATUS").map((l) => ({ id: l.id, name: l.name }));
  const base = `/projects/${access.project.slug}`;
  return (
    <PageContainer width="full">
      <PageHeader
        title={cluster.title}
        breadcrumbs={[{ label: access.project.name, href: base }, { label: "Clusters", href: `${base}/clusters` }, { label: cluster.title }]}
      />
      <ClusterView
        projectSlug={access.project.slug}
        clusterId={cluster.id}
        userId={access.userId}
        statuses={statuses}
        canEditStance={can(access.role, "annotations.create")}
        canDecide={can(access.role, "reviews.decide")}
        canComment={can(access.role, "comments.create")}
      />
    </PageContainer>
  );
}
