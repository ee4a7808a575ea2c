"use client";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { PanelLabels } from "@/components/editor/panel/types";
import { describeConflict } from "@/components/editor/store/describe-conflict";
import type { AnnotationRecord } from "@/components/editor/store/types";

type Props = {
  record: AnnotationRecord;
  labels: PanelLabels;
  onApplyMine: () => void;
  onKeepTheirs: () => void;
  onDiscard: () => void;
};

/**
 * Above the panel when a save needs the person: a 409 (someone else saved
 * first: their value and the person's, side by side, with one click to
 * apply theirs on top or keep the stored one), or a change the server
 * refused that retrying will not fix (offer to discard it).
 */
export function ConflictNotice({ record, labels, onApplyMine, onKeepTheirs, onDiscard }: Props) {
  if (record.conflict) {
    const lines = describeConflict(record.conflict, record.pending, labels);
    const deleted = record.conflict.deletedAt !== null;
    return (
      <Alert variant="warning" className="mb-3" data-testid="conflict-notice">
        <AlertTitle>{deleted ? "Deleted by someone else" : "Changed by someone else"}</AlertTitle>
        <AlertDescription className="space-y-2">
          <p>
            {deleted
              ? "This annotation was deleted while you were editing it. Your change is kept here, not saved."
              : "Your change was not saved because someone else saved this annotation first. The panel shows their version with your change on top."}
          </p>
          {lines.length > 0 ? (
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
              {lines.map((line) => (
                <div key={line.field} className="contents">
                  <dt className="font-medium">{line.field}</dt>
                  <dd>
                    theirs: {line.theirs} · <strong>yours: {line.mine}</strong>
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
          <div className="flex flex-wrap gap-2 pt-1">
            <Button size="sm" onClick={onApplyMine}>
              {deleted ? "Restore with my change" : "Apply my change on top"}
            </Button>
            <Button size="sm" variant="outline" onClick={onKeepTheirs}>
              Keep theirs
            </Button>
          </div>
        </AlertDescription>
      </Alert>
    );
  }
  if (record.save.status === "failed" && !record.save.retryable) {
    return (
      <Alert variant="destructive" className="mb-3" data-testid="save-refused">
        <AlertTitle>Not saved</AlertTitle>
        <AlertDescription className="space-y-2">
          <p>{record.save.error}</p>
          <Button size="sm" variant="outline" onClick={onDiscard}>
            {record.server === null ? "Discard this annotation" : "Discard my change"}
          </Button>
        </AlertDescription>
      </Alert>
    );
  }
  return null;
}
