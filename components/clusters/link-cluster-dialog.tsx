"use client";

import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { ClusterDTO } from "@/lib/clusters/cluster-dto";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { CandidateItem } from "./candidate-item";
import { announceClusterChanged } from "./cluster-changed-event";
import { fetchCandidates, fetchClusterOfAnnotation, rejectCandidate, type ClusterCandidate } from "./cluster-requests";
import { linkCandidate, moveToCluster, startCluster } from "./link-actions";
import { MoveCandidatePrompt } from "./move-candidate-prompt";
import { MoveToClusterPicker } from "./move-to-cluster-picker";
import { isAlreadyClusteredConflict } from "./is-already-clustered-conflict";
import { useArticleNames } from "./use-article-names";

export type LinkClusterClaim = { id: string; exact: string; articleId: string };

type LinkClusterDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  projectSlug: string;
  claim: LinkClusterClaim | null;
};

// "Link to cluster" (L): the claim's candidates first, best first; J/K or the
// arrows move, Enter links, X rules a candidate out (remembered server-side),
// Esc closes. Below: move the claim to another cluster, or start a new one.
export function LinkClusterDialog({ open, onOpenChange, projectSlug, claim }: LinkClusterDialogProps) {
  return (
    <Dialog open={open && claim !== null} onOpenChange={onOpenChange}>
      <DialogContent className="sm:max-w-2xl" data-link-cluster-dialog="">
        {claim ? <LinkClusterBody key={claim.id} projectSlug={projectSlug} claim={claim} onDone={() => onOpenChange(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function LinkClusterBody({ projectSlug, claim, onDone }: { projectSlug: string; claim: LinkClusterClaim; onDone: () => void }) {
  const [candidates, setCandidates] = useState<ClusterCandidate[] | null>(null);
  const [cluster, setCluster] = useState<ClusterDTO | null>(null);
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [moving, setMoving] = useState(false);
  // A candidate the server said is in another cluster: move it here, or not.
  const [pendingMove, setPendingMove] = useState<ClusterCandidate | null>(null);
  const articleNames = useArticleNames(projectSlug);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);

  useEffect(() => {
    let stale = false;
    Promise.all([fetchCandidates(projectSlug, claim.id, 8), fetchClusterOfAnnotation(projectSlug, claim.id)]).then(
      ([found, current]) => {
        if (stale) return;
        // Members of this claim's own cluster are already linked.
        const inCluster = new Set(current?.members.map((m) => m.annotationId) ?? []);
        setCandidates(found.filter((c) => !(c.annotationId && inCluster.has(c.annotationId))));
        setCluster(current);
      },
      (e: unknown) => !stale && setError(e instanceof Error ? e.message : "Could not load the candidates."),
    );
    return () => {
      stale = true;
    };
  }, [projectSlug, claim.id]);

  const focusItem = useCallback((index: number) => {
    setActive(index);
    buttons.current[index]?.focus();
  }, []);

  useEffect(() => {
    if (candidates && candidates.length > 0) buttons.current[Math.min(active, candidates.length - 1)]?.focus();
    // Only when the list arrives or shrinks: focus follows the keys otherwise.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [candidates]);

  // `handled` takes errors the caller answers itself (returns true).
  const run = async (work: () => Promise<ClusterDTO | null>, done: string, handled?: (e: unknown) => boolean) => {
    setBusy(true);
    setError(null);
    try {
      const next = await work();
      setCluster(next);
      setStatus(done);
      announceClusterChanged({ clusterId: next?.id ?? null, annotationIds: [claim.id, ...(next?.members.map((m) => m.annotationId) ?? [])] });
      return true;
    } catch (e) {
      if (!handled?.(e)) setError(e instanceof Error ? e.message : "That did not work.");
      return false;
    } finally {
      setBusy(false);
    }
  };

  const drop = (candidate: ClusterCandidate) => {
    setCandidates((list) => {
      const next = (list ?? []).filter((c) => c !== candidate);
      setActive((i) => Math.max(0, Math.min(i, next.length - 1)));
      return next;
    });
  };

  const confirm = async (candidate: ClusterCandidate, move = false) => {
    setPendingMove(null);
    const ok = await run(
      () => linkCandidate(projectSlug, claim, cluster, candidate, { move }),
      move ? "Moved. The candidate left its other cluster and is in this claim's cluster now." : "Linked. The candidate is in this claim's cluster now.",
      (e) => {
        if (move || candidate.kind !== "claim" || !isAlreadyClusteredConflict(e)) return false;
        setPendingMove(candidate);
        return true;
      },
    );
    if (ok) drop(candidate);
  };

  const reject = async (candidate: ClusterCandidate) => {
    setBusy(true);
    setError(null);
    try {
      await rejectCandidate(projectSlug, claim.id, candidate);
      drop(candidate);
      setStatus("Ruled out; it will not be suggested for this claim again.");
    } catch (e) {
      setError(e instanceof Error ? e.message : "Could not rule it out.");
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (moving || !candidates || candidates.length === 0 || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    if (target.closest("input, textarea, select")) return;
    const key = event.key.toLowerCase();
    if (key === "arrowdown" || key === "j") {
      event.preventDefault();
      focusItem(Math.min(candidates.length - 1, active + 1));
    } else if (key === "arrowup" || key === "k") {
      event.preventDefault();
      focusItem(Math.max(0, active - 1));
    } else if (key === "x") {
      const candidate = candidates[active];
      if (!candidate || busy) return;
      event.preventDefault();
      void reject(candidate);
    }
  };

  return (
    <div className="flex min-w-0 flex-col gap-4" onKeyDown={onKeyDown}>
      <DialogHeader>
        <DialogTitle>Link to cluster</DialogTitle>
        <DialogDescription>
          The same fact in other articles, best match first. J/K or arrows move · Enter links · X rules out · Esc closes.
        </DialogDescription>
      </DialogHeader>
      <blockquote className="rounded-md border-l-4 border-claim-border bg-claim/40 px-3 py-2 text-sm">{claim.exact}</blockquote>
      <p className="text-sm" data-testid="link-dialog-cluster">
        {cluster ? (
          <>
            In cluster{" "}
            <a className="font-medium underline" href={`/projects/${encodeURIComponent(projectSlug)}/clusters/${encodeURIComponent(cluster.id)}`}>
              {cluster.title}
            </a>{" "}
            ({cluster.members.length} {cluster.members.length === 1 ? "member" : "members"})
          </>
        ) : (
          <span className="text-muted-foreground">Not in a cluster yet: linking a candidate starts one.</span>
        )}
      </p>
      {error ? (
        <Alert variant="destructive" role="alert">
          <AlertDescription>{error}</AlertDescription>
        </Alert>
      ) : null}
      {pendingMove ? (
        <MoveCandidatePrompt
          text={pendingMove.text}
          busy={busy}
          onMove={() => void confirm(pendingMove, true)}
          onCancel={() => {
            setPendingMove(null);
            setStatus("Left where it is.");
          }}
        />
      ) : null}
      <p role="status" className="sr-only">
        {status}
      </p>

      <section aria-labelledby="link-candidates-heading" className="flex flex-col gap-2">
        <h3 id="link-candidates-heading" className="text-sm font-semibold">
          Candidates
        </h3>
        {candidates === null && !error ? <p className="text-sm text-muted-foreground">Looking for the same fact in other articles…</p> : null}
        {candidates && candidates.length === 0 ? <p className="text-sm text-muted-foreground">No more candidates in other articles.</p> : null}
        {candidates && candidates.length > 0 ? (
          <ol className="flex max-h-[45vh] flex-col gap-2 overflow-y-auto pr-1" aria-label="Candidates, best first">
            {candidates.map((candidate, i) => (
              <CandidateItem
                key={`${candidate.kind}:${candidate.annotationId ?? `${candidate.articleId}:${candidate.start}-${candidate.end}`}`}
                ref={(el) => {
                  buttons.current[i] = el;
                }}
                candidate={candidate}
                articleName={candidate.outlet || candidate.articleTitle || articleNames.get(candidate.articleId) || "Another article"}
                active={i === active}
                busy={busy}
                onFocusItem={() => setActive(i)}
                onConfirm={() => void confirm(candidate)}
                onReject={() => void reject(candidate)}
              />
            ))}
          </ol>
        ) : null}
      </section>

      <div className="flex flex-wrap items-center gap-2 border-t pt-4">
        <Button variant="outline" size="sm" disabled={busy} onClick={() => setMoving((m) => !m)} aria-expanded={moving}>
          {cluster ? "Move to another cluster…" : "Add to an existing cluster…"}
        </Button>
        <Button
          variant="outline"
          size="sm"
          disabled={busy}
          onClick={() => void run(() => startCluster(projectSlug, claim, cluster), "Started a new cluster with this claim.")}
        >
          Start a new cluster
        </Button>
        <Button variant="ghost" size="sm" className="ml-auto" onClick={onDone}>
          Done
        </Button>
      </div>
      {moving ? (
        <MoveToClusterPicker
          projectSlug={projectSlug}
          excludeId={cluster?.id ?? null}
          busy={busy}
          onPick={(target) =>
            void run(() => moveToCluster(projectSlug, claim, cluster, target), `Moved to “${target.title}”.`).then((ok) => ok && setMoving(false))
          }
        />
      ) : null}
    </div>
  );
}
