import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/auth/permissions";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";

// Reviewers and owners edit and delete any cluster; annotators the clusters
// they started (members are another matter: anyone who may annotate can
// add, change or remove members whose claims they can see).
export function assertCanEditCluster(access: ProjectAccess, cluster: { createdById: string | null }): void {
  if (can(access.role, "annotations.editAny")) return;
  if (can(access.role, "annotations.create") && cluster.createdById === access.userId) return;
  throw new AppError("FORBIDDEN", "Only the annotator who started this cluster, reviewers and owners can change or delete it.");
}
