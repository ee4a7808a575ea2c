"use client";

import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { truncateQuote } from "@/components/editor/panel/truncate-quote";

type MoveCandidatePromptProps = {
  text: string;
  busy: boolean;
  onMove: () => void;
  onCancel: () => void;
  compact?: boolean;
};

// A candidate claim turned out to be in another cluster (the API's 409): the
// person chooses to move it here (re-sent with move: true) or to leave it.
export function MoveCandidatePrompt({ text, busy, onMove, onCancel, compact = false }: MoveCandidatePromptProps) {
  return (
    <Alert role="alert" data-testid="move-candidate-prompt" className={compact ? "px-2 py-1.5 text-xs" : undefined}>
      <AlertDescription className="flex flex-col gap-2">
        <span>
          The candidate claim is already in another cluster: <q className="italic">{truncateQuote(text, 120).text}</q>. Move it into
          this cluster? It leaves the other one, and its link is reviewed again.
        </span>
        <span className="flex flex-wrap gap-2">
          <Button size="sm" className={compact ? "h-7 px-2 text-xs" : undefined} disabled={busy} onClick={onMove}>
            Move it into this cluster
          </Button>
          <Button size="sm" variant="ghost" className={compact ? "h-7 px-2 text-xs" : undefined} disabled={busy} onClick={onCancel}>
            Cancel
          </Button>
        </span>
      </AlertDescription>
    </Alert>
  );
}
