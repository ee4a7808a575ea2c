import type { Role } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/auth/permissions";

// Who may change a cluster itself (title, note, evidence) or delete and
// restore it: reviewers and owners any cluster, annotators the ones they
// started. The UI mirrors lib/server/cluster/assert-can-edit-cluster.ts.
export function canEditCluster(role: Role | null | undefined, userId: string, cluster: { createdById: string | null }): boolean {
  if (!role) return false;
  if (can(role, "annotations.editAny")) return true;
  return can(role, "annotations.create") && cluster.createdById !== null && cluster.createdById === userId;
}
