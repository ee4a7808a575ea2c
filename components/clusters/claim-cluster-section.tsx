"use client";

import { useState } from "react";
import Link from "next/link";
import type { ClusterDTO, ClusterStance } from "@/lib/clusters/cluster-dto";
import { PanelSection } from "@/components/editor/panel/panel-section";
import { Button } from "@/components/ui/button";
import { announceClusterChanged } from "./cluster-changed-event";
import { updateClusterMember } from "./cluster-requests";
import { describeCandidateReason } from "./describe-candidate-reason";
import { isAlreadyClusteredConflict } from "./is-already-clustered-conflict";
import { linkCandidate } from "./link-actions";
import { MoveCandidatePrompt } from "./move-candidate-prompt";
import type { ClusterCandidate } from "./cluster-requests";
import { StanceBadge } from "./stance-badge";
import { StanceSelect } from "./stance-select";
import { useClaimCluster } from "./use-claim-cluster";

type ClaimClusterSectionProps = {
  projectSlug: string;
  claim: { id: string; exact: string; articleId: string };
  canLink: boolean;
  onOpenLinkDialog: () => void;
};

// The claim panel's "Cluster" group: the fact this claim belongs to across
// outlets (statement, each member's outlet and stance), and its best
// candidates with why they were suggested. L opens the full dialog.
export function ClaimClusterSection({ projectSlug, claim, canLink, onOpenLinkDialog }: ClaimClusterSectionProps) {
  const { cluster, candidates, loading, error, setCluster } = useClaimCluster(projectSlug, claim.id);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [pendingMove, setPendingMove] = useState<ClusterCandidate | null>(null);

  const act = async (work: () => Promise<ClusterDTO>, handled?: (e: unknown) => boolean) => {
    setBusy(true);
    setActionError(null);
    try {
      const next = await work();
      setCluster(next);
      announceClusterChanged({ clusterId: next.id, annotationIds: next.members.map((m) => m.annotationId) });
    } catch (e) {
      if (!handled?.(e)) setActionError(e instanceof Error ? e.message : "That did not work.");
    } finally {
      setBusy(false);
    }
  };

  // A candidate claim already in another cluster (409): offer to move it.
  const link = (candidate: ClusterCandidate, move = false) => {
    setPendingMove(null);
    return act(
      () => linkCandidate(projectSlug, claim, cluster, candidate, { move }),
      (e) => {
        if (move || candidate.kind !== "claim" || !isAlreadyClusteredConflict(e)) return false;
        setPendingMove(candidate);
        return true;
      },
    );
  };

  const setStance = (memberId: string, version: number, stance: ClusterStance) =>
    cluster && act(() => updateClusterMember(projectSlug, cluster.id, memberId, { version, stance }));

  const base = `/projects/${encodeURIComponent(projectSlug)}`;
  return (
    <PanelSection
      title="Cluster"
      action={
        canLink ? (
          <Button size="sm" variant="outline" className="h-7 px-2 text-xs" onClick={onOpenLinkDialog} aria-keyshortcuts="L">
            Link… <kbd className="ml-1 rounded border px-1 text-[0.65rem] text-muted-foreground">L</kbd>
          </Button>
        ) : null
      }
    >
      <div data-testid="claim-cluster" aria-busy={loading} className="space-y-3">
        {error ? <p className="text-xs text-destructive">{error}</p> : null}
        {actionError ? (
          <p role="alert" className="text-xs text-destructive">
            {actionError}
          </p>
        ) : null}
        {pendingMove ? (
          <MoveCandidatePrompt compact text={pendingMove.text} busy={busy} onMove={() => void link(pendingMove, true)} onCancel={() => setPendingMove(null)} />
        ) : null}
        {!loading && !error && !cluster ? <p className="text-xs text-muted-foreground">Not linked to the same fact in other articles yet.</p> : null}
        {cluster ? (
          <div className="space-y-2">
            <Link href={`${base}/clusters/${encodeURIComponent(cluster.id)}`} className="block text-sm font-medium hover:underline">
              {cluster.title}
            </Link>
            {cluster.statement && cluster.statement !== cluster.title ? <p className="text-xs text-muted-foreground">{cluster.statement}</p> : null}
            <ul aria-label="Members by outlet" className="space-y-1.5">
              {cluster.members.map((m) => (
                <li key={m.id} className="rounded-md border px-2 py-1.5 text-xs" data-member-annotation={m.annotationId}>
                  <div className="flex items-center justify-between gap-2">
                    <span className="truncate font-medium">
                      {m.outlet || m.articleTitle}
                      {m.annotationId === claim.id ? <span className="font-normal text-muted-foreground"> (this claim)</span> : null}
                    </span>
                    {canLink ? (
                      <StanceSelect
                        value={m.stance}
                        label={`Stance of ${m.outlet || m.articleTitle}`}
                        disabled={busy}
                        onChange={(stance) => void setStance(m.id, m.version, stance)}
                      />
                    ) : (
                      <StanceBadge stance={m.stance} />
                    )}
                  </div>
                  <p className="mt-0.5 line-clamp-2 text-muted-foreground">{m.text}</p>
                </li>
              ))}
            </ul>
            {cluster.differences.length > 0 ? (
              <p className="text-xs font-medium text-rose-700 dark:text-rose-300">
                {cluster.differences.length} {cluster.differences.length === 1 ? "difference" : "differences"} between outlets
              </p>
            ) : null}
          </div>
        ) : null}
        {candidates && candidates.length > 0 ? (
          <div className="space-y-1.5">
            <h4 className="text-xs font-semibold text-muted-foreground">Likely the same fact</h4>
            <ul className="space-y-1.5">
              {candidates.map((c) => (
                <li key={`${c.kind}:${c.annotationId ?? `${c.articleId}:${c.start}`}`} className="rounded-md border border-dashed px-2 py-1.5 text-xs">
                  <p className="line-clamp-3">{c.text}</p>
                  <p className="mt-1 text-muted-foreground">{c.reasons.slice(0, 3).map((r) => describeCandidateReason(r).text).join(" · ")}</p>
                  {canLink ? (
                    <Button
                      size="sm"
                      variant="ghost"
                      className="mt-1 h-6 px-1.5 text-xs"
                      disabled={busy}
                      onClick={() => void link(c)}
                    >
                      Link {c.kind === "passage" ? "passage" : "claim"}
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </PanelSection>
  );
}
