"use client";

import type { Ref } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import type { ClusterCandidate } from "./cluster-requests";
import { describeCandidateReason } from "./describe-candidate-reason";

type CandidateItemProps = {
  candidate: ClusterCandidate;
  articleName: string;
  active: boolean;
  busy: boolean;
  onConfirm: () => void;
  onReject: () => void;
  onFocusItem: () => void;
  ref?: Ref<HTMLButtonElement>;
};

// One suggestion: where it is, its words, why it was suggested, and the two
// decisions. The Link button takes focus when the item is active, so Enter
// confirms it natively and a screen reader reads the item with it.
export function CandidateItem({ candidate, articleName, active, busy, onConfirm, onReject, onFocusItem, ref }: CandidateItemProps) {
  const reasons = candidate.reasons.map(describeCandidateReason);
  return (
    <li
      data-candidate=""
      data-active={active ? "" : undefined}
      className={cn("rounded-lg border p-3 transition-colors", active ? "border-primary bg-accent/60" : "bg-card")}
    >
      <div className="flex items-center justify-between gap-2 text-xs text-muted-foreground">
        <span className="truncate font-medium text-foreground">{articleName}</span>
        <span className="flex shrink-0 items-center gap-1.5">
          <Badge variant={candidate.kind === "claim" ? "claim" : "outline"}>{candidate.kind === "claim" ? "Claim" : "Unmarked passage"}</Badge>
          {candidate.clusterId ? <Badge variant="info">In a cluster</Badge> : null}
          <span className="tabular-nums" title="Match score">
            {Math.round(candidate.score * 100)}%
          </span>
        </span>
      </div>
      <blockquote className="mt-1.5 border-l-2 pl-2 text-sm leading-snug">{candidate.text}</blockquote>
      {reasons.length > 0 ? (
        <ul aria-label="Why it was suggested" className="mt-2 flex flex-wrap gap-1">
          {reasons.map((reason, i) => (
            <li
              key={i}
              className={cn(
                "rounded px-1.5 py-0.5 text-xs",
                reason.tone === "conflict" ? "bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-200" : "bg-muted text-muted-foreground",
              )}
            >
              {reason.text}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="mt-2 flex gap-2">
        <Button ref={ref} size="sm" disabled={busy} onClick={onConfirm} onFocus={onFocusItem} aria-keyshortcuts="Enter">
          Link
        </Button>
        <Button size="sm" variant="ghost" disabled={busy} onClick={onReject} onFocus={onFocusItem} aria-keyshortcuts="X">
          Not the same fact
        </Button>
      </div>
    </li>
  );
}
