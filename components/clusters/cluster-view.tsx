"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import type { ClusterDTO, ClusterStance } from "@/lib/clusters/cluster-dto";
import { formatDate } from "@/lib/format/format-date";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ApiRequestError } from "@/components/api-client/api-request";
import type { EvidenceInput } from "@/components/editor/panel/evidence-inputs";
import { ClusterComments } from "./cluster-comments";
import { ClusterDifferences } from "./cluster-differences";
import { ClusterEvidenceSection } from "./cluster-evidence-section";
import { ClusterHistory } from "./cluster-history";
import { ClusterMemberCard } from "./cluster-member-card";
import { applyClusterVerdict, fetchCluster, reviewClusterMember, updateCluster, updateClusterMember } from "./cluster-requests";
import { ClusterVerdictForm } from "./cluster-verdict-form";
import { DeleteClusterButton } from "./delete-cluster-button";
import { diffMemberWords } from "@/lib/clusters/compare/diff-member-words";
import { useClusterLive } from "./use-cluster-live";

type ClusterViewProps = {
  projectSlug: string;
  initial: ClusterDTO;
  userId: string;
  statuses: Array<{ id: string; name: string }>;
  canEditStance: boolean;
  canDecide: boolean;
  canComment: boolean;
  // Change the cluster itself (evidence) and delete it: see lib/clusters/can-edit-cluster.ts.
  canEditCluster: boolean;
};

// The cluster page: every outlet's wording side by side in publication
// order, what differs and what contradicts, independent sources, the verdict
// and its application, discussion and history. Follows colleagues live.
export function ClusterView(props: ClusterViewProps) {
  const { projectSlug, initial, userId, statuses, canEditStance, canDecide, canComment, canEditCluster } = props;
  const clusterId = initial.id;
  const [cluster, setCluster] = useState<ClusterDTO | null>(initial);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [round, setRound] = useState(0);
  const [notice, setNotice] = useState("");

  useEffect(() => {
    // The page rendered the cluster; later rounds (live changes) read it again.
    if (round === 0) return;
    let stale = false;
    fetchCluster(projectSlug, clusterId).then(
      (c) => {
        if (stale) return;
        setCluster(c);
        setLoadError(null);
      },
      (e: unknown) => !stale && setLoadError(e instanceof Error ? e.message : "Could not load the cluster."),
    );
    return () => {
      stale = true;
    };
  }, [projectSlug, clusterId, round]);

  useClusterLive(
    projectSlug,
    useCallback(
      (event: { clusterId: string | null }) => {
        if (event.clusterId !== null && event.clusterId !== clusterId) return;
        setRound((r) => r + 1);
        setNotice("Updated with a colleague's change.");
      },
      [clusterId],
    ),
  );

  const act = async (work: () => Promise<ClusterDTO>, done: string): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      setCluster(await work());
      setRound((r) => r + 1);
      setNotice(done);
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : "That did not work.");
      return false;
    } finally {
      setBusy(false);
    }
  };

  // Evidence saves answer the failure to the section, which keeps the form
  // open with what was typed; a 409 re-reads the cluster underneath it.
  const saveEvidence = async (evidence: EvidenceInput[]): Promise<{ error: unknown } | null> => {
    if (!cluster) return { error: new Error("The cluster is not loaded.") };
    setBusy(true);
    setError(null);
    try {
      setCluster(await updateCluster(projectSlug, cluster.id, { version: cluster.version, evidence }));
      setRound((r) => r + 1);
      setNotice("Evidence saved.");
      return null;
    } catch (e) {
      if (e instanceof ApiRequestError && e.status === 409) setRound((r) => r + 1);
      return { error: e };
    } finally {
      setBusy(false);
    }
  };

  // Words one outlet has where most others say something else.
  const ranges = useMemo(
    () =>
      cluster
        ? diffMemberWords(cluster.members.map((m) => ({ memberId: m.id, text: m.text }))).map((d) =>
            d.segments.filter((s) => s.changed).map(({ start, end }) => ({ start, end })),
          )
        : [],
    [cluster],
  );

  if (loadError && !cluster) {
    return (
      <Alert variant="destructive">
        <AlertDescription>{loadError}</AlertDescription>
      </Alert>
    );
  }
  if (!cluster) return <p className="text-sm text-muted-foreground">Loading the cluster…</p>;

  const statusName = statuses.find((s) => s.id === cluster.statusId)?.name ?? null;
  const syndicated = new Map<string, string[]>();
  for (const group of cluster.independentSources.groups) {
    if (group.length < 2) continue;
    for (const id of group) {
      const others = group.filter((o) => o !== id).map((o) => cluster.members.find((m) => m.id === o)?.outlet ?? "another outlet");
      syndicated.set(id, others);
    }
  }
  const outletCount = new Set(cluster.members.map((m) => m.outlet || m.articleId)).size;

  return (
    <div className="flex flex-col gap-8" data-cluster-id={cluster.id}>
      <p role="status" className="sr-only">
        {notice}
      </p>
      <section aria-labelledby="cluster-statement" className="flex flex-col gap-3">
        <h2 id="cluster-statement" className="sr-only">
          Statement
        </h2>
        <div className="flex flex-wrap items-start justify-between gap-3">
          {cluster.statement ? <p className="max-w-4xl text-lg leading-relaxed">{cluster.statement}</p> : <span />}
          {canEditCluster ? <DeleteClusterButton projectSlug={projectSlug} cluster={cluster} /> : null}
        </div>
        <dl className="flex flex-wrap gap-x-8 gap-y-2 text-sm">
          <div>
            <dt className="text-xs text-muted-foreground">Verdict</dt>
            <dd data-testid="cluster-verdict">{statusName ? <Badge variant="outline">{statusName}</Badge> : "None yet"}</dd>
          </div>
          <div>
            <dt className="text-xs text-muted-foreground">Members</dt>
            <dd className="font-medium tabular-nums">
              {cluster.members.length} in {outletCount} {outletCount === 1 ? "outlet" : "outlets"}
            </dd>
          </div>
          <div>
            <dt className="text-xs text-muted-foreground">Independent sources</dt>
            <dd className="font-medium tabular-nums" data-testid="independent-sources">
              {cluster.independentSources.count}
              {cluster.independentSources.count < cluster.members.length ? (
                <span className="font-normal text-muted-foreground"> (syndicated copies count once)</span>
              ) : null}
            </dd>
          </div>
          <div>
            <dt className="text-xs text-muted-foreground">First appearance</dt>
            <dd className="font-medium">
              {cluster.firstAppearance
                ? `${cluster.members.find((m) => m.id === cluster.firstAppearance?.memberId)?.outlet ?? ""} · ${formatDate(cluster.firstAppearance.publishedAt)}`
                : "—"}
            </dd>
          </div>
          <div>
            <dt className="text-xs text-muted-foreground">Contradictions</dt>
            <dd className={cluster.differences.length > 0 ? "font-medium text-rose-700 dark:text-rose-300" : "font-medium"}>{cluster.differences.length}</dd>
          </div>
        </dl>
      </section>

      {error ? (
        <Alert variant="destructive">
          <AlertDescription>{error}</AlertDescription>
        </Alert>
      ) : null}

      <ClusterDifferences cluster={cluster} />

      <section aria-labelledby="cluster-wording" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="cluster-wording" className="text-base font-semibold">
            Each outlet&apos;s wording
          </h2>
          <p className="text-xs text-muted-foreground">
            In publication order. <span className="rounded-sm bg-amber-100 px-1 text-amber-950 dark:bg-amber-900/60 dark:text-amber-50">Tinted</span> words differ
            between outlets; <mark className="rounded-sm bg-rose-200 px-1 text-rose-950 dark:bg-rose-900 dark:text-rose-50">marked</mark> words contradict.
          </p>
        </div>
        {cluster.members.length === 0 ? (
          <p className="text-sm text-muted-foreground">No members yet. Link claims to this cluster from the editor (select a claim, press L).</p>
        ) : (
          <div className="flex snap-x gap-4 overflow-x-auto pb-3" data-testid="cluster-members">
            {cluster.members.map((member, i) => (
              <ClusterMemberCard
                key={member.id}
                projectSlug={projectSlug}
                member={member}
                differing={ranges[i] ?? []}
                conflicting={cluster.differences.flatMap((d) =>
                  d.sides.filter((s) => s.memberId === member.id).map((s) => ({ start: s.start, end: s.end, description: d.description })),
                )}
                first={cluster.firstAppearance?.memberId === member.id}
                syndicatedWith={syndicated.get(member.id) ?? []}
                canEditStance={canEditStance}
                canReview={canDecide && member.authorId !== userId}
                busy={busy}
                onStance={(stance: ClusterStance) =>
                  void act(() => updateClusterMember(projectSlug, cluster.id, member.id, { version: member.version, stance }), "Stance saved.")
                }
                onReview={(decision) =>
                  void act(() => reviewClusterMember(projectSlug, cluster.id, member.id, decision, member.version), decision === "ACCEPT" ? "Link accepted." : "Link rejected.")
                }
              />
            ))}
          </div>
        )}
      </section>

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="cluster-verdict-heading" className="flex flex-col gap-3 rounded-xl border bg-card p-5">
          <h2 id="cluster-verdict-heading" className="text-base font-semibold">
            Verdict
          </h2>
          <ClusterVerdictForm
            key={`${cluster.id}:${cluster.version}`}
            cluster={cluster}
            statuses={statuses}
            canDecide={canDecide}
            busy={busy}
            onSave={(patch) => act(() => updateCluster(projectSlug, cluster.id, { version: cluster.version, ...patch }), "Verdict saved.")}
            onApply={() => act(() => applyClusterVerdict(projectSlug, cluster.id, cluster.version), "Verdict applied to every member.")}
          />
          <ClusterEvidenceSection evidence={cluster.evidence} canEdit={canEditCluster} busy={busy} onSave={saveEvidence} />
        </section>
        <section aria-labelledby="cluster-comments-heading" className="flex flex-col gap-3 rounded-xl border bg-card p-5">
          <h2 id="cluster-comments-heading" className="text-base font-semibold">
            Discussion
          </h2>
          <ClusterComments projectSlug={projectSlug} clusterId={cluster.id} canComment={canComment} refreshKey={round} />
        </section>
      </div>

      <section aria-labelledby="cluster-history-heading" className="flex flex-col gap-3">
        <h2 id="cluster-history-heading" className="text-base font-semibold">
          History
        </h2>
        <ClusterHistory projectSlug={projectSlug} clusterId={cluster.id} refreshKey={round} />
      </section>
    </div>
  );
}
