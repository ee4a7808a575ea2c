"use client";

import { useId, useState } from "react";
import type { ReviewDecisionDTO } from "@/lib/review/review-dto";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { apiRequest } from "@/components/api-client/api-request";
import { decisionButtons } from "./review-labels";

type Props = { projectSlug: string; annotationId: string; version: number; onDecided: () => void };

// Accept / reject / request changes, with an optional comment, on the
// version the reviewer is looking at (a newer one answers 409 and is shown).
export function DecideForm({ projectSlug, annotationId, version, onDecided }: Props) {
  const commentId = useId();
  const [comment, setComment] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function decide(decision: ReviewDecisionDTO) {
    setBusy(true);
    setError(null);
    try {
      await apiRequest(`/api/projects/${encodeURIComponent(projectSlug)}/annotations/${annotationId}/reviews`, {
        method: "POST",
        body: { decision, comment, version },
      });
      setComment("");
      onDecided();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "The decision was not saved.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-2">
      <label htmlFor={commentId} className="text-xs font-medium text-muted-foreground">
        Comment with your decision (optional)
      </label>
      <Textarea id={commentId} value={comment} onChange={(e) => setComment(e.target.value)} rows={2} className="min-h-14" maxLength={5000} />
      <div className="flex flex-wrap gap-2">
        {decisionButtons.map((b) => (
          <Button key={b.decision} size="sm" variant={b.decision === "ACCEPT" ? "default" : "outline"} disabled={busy} onClick={() => void decide(b.decision)}>
            {b.label}
          </Button>
        ))}
      </div>
      {error ? (
        <p className="text-xs text-destructive" role="alert" data-slot="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
