"use client";

import { useRouter } from "next/navigation";
import { useClusterLive } from "./use-cluster-live";

// Server-rendered cluster pages (list, matrix) re-read themselves when a
// cluster changes anywhere in the project.
export function ClusterListLive({ projectSlug, articleIds }: { projectSlug: string; articleIds: string[] }) {
  const router = useRouter();
  useClusterLive(projectSlug, articleIds, () => router.refresh());
  return null;
}
