"use client";

import { useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import type { AnnotationStore } from "@/components/editor/store/create-annotation-store";
import { selectSaveCounts } from "@/components/editor/store/select-save-counts";

/**
 * Whether everything is saved, read from the store synchronously (the rest
 * of the UI follows it in transitions): "All changes saved" is never shown
 * while a change is still on its way.
 */
export function SaveSummary({ store }: { store: AnnotationStore }) {
  const counts = useSyncExternalStore(store.subscribe, () => selectSaveCounts(store.getState()), () => "0:0");
  const [unsaved, failed] = counts.split(":").map(Number) as [number, number];
  return (
    <div role="status" className="flex items-center gap-2 text-xs text-muted-foreground" data-testid="save-summary">
      {failed > 0 ? (
        <>
          <span className="font-medium text-destructive">
            {failed} {failed === 1 ? "change" : "changes"} not saved
          </span>
          <Button size="sm" variant="outline" className="h-7" onClick={() => store.retry()}>
            Retry now
          </Button>
        </>
      ) : unsaved > 0 ? (
        <span>Saving…</span>
      ) : (
        <span>All changes saved</span>
      )}
    </div>
  );
}
