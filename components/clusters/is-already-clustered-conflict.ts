import { ApiRequestError } from "@/components/api-client/api-request";

// The 409 of linking a claim that is already a member of another cluster
// (lib/server/cluster/attach-cluster-member.ts), which a re-send with
// move: true resolves. Other 409s (already in this cluster, cluster deleted)
// share the status, so the server's sentence tells them apart.
export function isAlreadyClusteredConflict(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 409 && /already a member of another cluster/i.test(error.message);
}
