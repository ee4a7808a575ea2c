"use client";

import { useState } from "react";
import type { AssignmentStatus } from "@/lib/generated/prisma/enums";
import { Button } from "@/components/ui/button";
import { useAssignmentRequest } from "./use-assignment-request";

type Props = {
  projectSlug: string;
  articleId: string;
  articleTitle: string;
  status: AssignmentStatus;
  canReopen: boolean;
  blind: boolean;
  /** Called after a successful change (the editor reloads its annotations). */
  onChanged?: (status: AssignmentStatus) => void;
  /** Unsaved annotation changes: submitting now would hand in less than the person sees. */
  unsavedChanges?: boolean;
};

/**
 * Start / submit / reopen for the signed-in person's own assignment. Submit
 * asks for a second click, since in a blind project it cannot be undone.
 */
export function MyAssignmentActions(props: Props) {
  const { projectSlug, articleId, articleTitle, status, canReopen, blind, onChanged, unsavedChanges = false } = props;
  const { send, busy, error } = useAssignmentRequest();
  const [confirming, setConfirming] = useState(false);
  const url = `/api/projects/${encodeURIComponent(projectSlug)}/articles/${encodeURIComponent(articleId)}/assignments/mine`;

  const act = async (action: "start" | "submit" | "reopen") => {
    const data = (await send("POST", url, { action })) as { assignment?: { status: AssignmentStatus } } | null;
    setConfirming(false);
    if (data?.assignment) onChanged?.(data.assignment.status);
  };

  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="my-assignment-actions">
      {status === "ASSIGNED" ? (
        <Button size="sm" variant="outline" disabled={busy} onClick={() => act("start")} aria-label={`Start “${articleTitle}”`}>
          Start
        </Button>
      ) : null}
      {status !== "SUBMITTED" && !confirming ? (
        <Button size="sm" disabled={busy || unsavedChanges} onClick={() => setConfirming(true)} aria-label={`Submit “${articleTitle}”`}>
          Submit
        </Button>
      ) : null}
      {confirming ? (
        <span role="group" aria-label="Confirm submission" className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-muted-foreground">
            {blind ? "Final: you will then see colleagues’ annotations." : "Hand in your annotations?"}
          </span>
          <Button size="sm" disabled={busy || unsavedChanges} onClick={() => act("submit")}>
            Confirm submit
          </Button>
          <Button size="sm" variant="ghost" disabled={busy} onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </span>
      ) : null}
      {status === "SUBMITTED" && canReopen ? (
        <Button size="sm" variant="outline" disabled={busy} onClick={() => act("reopen")} aria-label={`Reopen “${articleTitle}”`}>
          Reopen
        </Button>
      ) : null}
      {unsavedChanges && status !== "SUBMITTED" ? <span className="text-xs text-muted-foreground">Saving changes…</span> : null}
      {error ? (
        <span data-slot="alert" role="alert" className="text-sm text-destructive">
          {error}
        </span>
      ) : null}
    </div>
  );
}
