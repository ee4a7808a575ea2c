"use client";

import { useCallback, useEffect, useState } from "react";
import type { ClusterDTO } from "@/lib/clusters/cluster-dto";
import { LIVE_EVENT, type LiveEventDetail } from "@/components/review/live-event";
import { CLUSTER_CHANGED_EVENT } from "./cluster-changed-event";
import { fetchCandidates, fetchClusterOfAnnotation, type ClusterCandidate } from "./cluster-requests";

export type ClaimClusterState = {
  cluster: ClusterDTO | null;
  candidates: ClusterCandidate[] | null;
  loading: boolean;
  error: string | null;
  reload: () => void;
  setCluster: (cluster: ClusterDTO | null) => void;
};

// The selected claim's cluster and its top candidates, read again when this
// page changes a cluster or a colleague's cluster change arrives live.
export function useClaimCluster(projectSlug: string, annotationId: string, candidateLimit = 3): ClaimClusterState {
  const [cluster, setCluster] = useState<ClusterDTO | null>(null);
  const [candidates, setCandidates] = useState<ClusterCandidate[] | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const reload = useCallback(() => {
    setLoading(true);
    setRound((r) => r + 1);
  }, []);

  useEffect(() => {
    let stale = false;
    Promise.all([fetchClusterOfAnnotation(projectSlug, annotationId), fetchCandidates(projectSlug, annotationId, candidateLimit + 4)]).then(
      ([current, found]) => {
        if (stale) return;
        const inCluster = new Set(current?.members.map((m) => m.annotationId) ?? []);
        setCluster(current);
        setCandidates(found.filter((c) => !(c.annotationId && inCluster.has(c.annotationId))).slice(0, candidateLimit));
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (stale) return;
        setError(e instanceof Error ? e.message : "Could not load the cluster.");
        setLoading(false);
      },
    );
    return () => {
      stale = true;
    };
  }, [projectSlug, annotationId, candidateLimit, round]);

  useEffect(() => {
    const onLocal = () => reload();
    const onLive = (event: Event) => {
      const type = (event as CustomEvent<LiveEventDetail | undefined>).detail?.type ?? "";
      if (type.startsWith("cluster")) reload();
    };
    window.addEventListener(CLUSTER_CHANGED_EVENT, onLocal);
    window.addEventListener(LIVE_EVENT, onLive);
    return () => {
      window.removeEventListener(CLUSTER_CHANGED_EVENT, onLocal);
      window.removeEventListener(LIVE_EVENT, onLive);
    };
  }, [reload]);

  return { cluster, candidates, loading, error, reload, setCluster };
}
