import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors/app-error";
import { getCluster } from "@/lib/server/cluster/get-cluster";
import type { ClusterDTO } from "@/lib/clusters/cluster-dto";
import { requirePageProjectAccess } from "@/lib/auth/require-page-project-access";
import { can } from "@/lib/auth/permissions";
import { canEditCluster } from "@/lib/clusters/can-edit-cluster";
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
  let cluster: ClusterDTO;
  try {
    cluster = await getCluster(access, clusterId);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const labels = await listLabels(access);
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
        initial={cluster}
        userId={access.userId}
        statuses={statuses}
        canEditStance={can(access.role, "annotations.create")}
        canDecide={can(access.role, "reviews.decide")}
        canComment={can(access.role, "comments.create")}
        canEditCluster={canEditCluster(access.role, access.userId, cluster)}
      />
    </PageContainer>
  );
}
