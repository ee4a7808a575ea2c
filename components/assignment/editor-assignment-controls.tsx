"use client";

import { useSyncExternalStore } from "react";
import type { MyAssignment } from "@/lib/server/assignment/to-my-assignment";
import type { AnnotationStore } from "@/components/editor/store/create-annotation-store";
import { selectSaveCounts } from "@/components/editor/store/select-save-counts";
import { assignmentStatusLabels } from "./assignment-status-labels";
import { MyAssignmentActions } from "./my-assignment-actions";

export type EditorAssignment = MyAssignment & { blind: boolean };

type Props = { projectSlug: string; articleTitle: string; assignment: EditorAssignment; store: AnnotationStore };

/**
 * In the editor toolbar for an assigned person: their assignment's state and
 * start / submit / reopen. Submit waits until every change is saved, so what
 * is handed in is what the person sees.
 */
export function EditorAssignmentControls({ projectSlug, articleTitle, assignment, store }: Props) {
  const counts = useSyncExternalStore(store.subscribe, () => selectSaveCounts(store.getState()), () => "0:0");
  const unsaved = Number(counts.split(":")[0]) > 0;
  return (
    <div className="flex items-center gap-2 border-l pl-2" data-testid="editor-assignment">
      <span className="text-xs text-muted-foreground">
        Your assignment: <span className="font-medium text-foreground">{assignmentStatusLabels[assignment.status]}</span>
      </span>
      <MyAssignmentActions
        projectSlug={projectSlug}
        articleId={assignment.articleId}
        articleTitle={articleTitle}
        status={assignment.status}
        canReopen={assignment.canReopen}
        blind={assignment.blind}
        unsavedChanges={unsaved}
      />
    </div>
  );
}
