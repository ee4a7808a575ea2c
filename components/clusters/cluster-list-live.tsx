"use client";

import { useRouter } from "next/navigation";
import { useClusterLive } from "./use-cluster-live";

// Server-rendered cluster pages (list, matrix) re-read themselves when a
// cluster changes anywhere in the project.
export function ClusterListLive({ projectSlug }: { projectSlug: string }) {
  const router = useRouter();
  useClusterLive(projectSlug, () => router.refresh());
  return null;
}
