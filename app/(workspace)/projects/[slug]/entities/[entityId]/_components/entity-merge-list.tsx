import Link from "next/link";
import type { EntityMergeSummary } from "@/lib/server/entity/list-entity-merges";
import { entityPageHref } from "@/lib/entities/entity-page-href";
import { describeEntityUse } from "@/lib/server/entity/describe-entity-use";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { UndoMergeButton } from "./undo-merge-button";

// The merges into this entity, newest first, with Undo while it still works.
export function EntityMergeList({ projectSlug, targetId, merges, canUndo }: { projectSlug: string; targetId: string; merges: EntityMergeSummary[]; canUndo: boolean }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Merged into this entity</CardTitle>
      </CardHeader>
      <CardContent>
        <ul aria-label="Merges" className="space-y-2 text-sm">
          {merges.map((merge) => (
            <li key={merge.mergeId} className="flex flex-wrap items-center gap-2" data-merge-id={merge.mergeId}>
              <Link className="font-medium underline" href={entityPageHref(projectSlug, merge.source.id)}>
                {merge.source.name}
              </Link>
              <span className="text-muted-foreground">
                {describeEntityUse(merge.moved.mentions, merge.moved.claimLinks) || "nothing"} moved · {merge.by ?? "someone"} ·{" "}
                {new Date(merge.at).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC
              </span>
              {merge.undoable && canUndo ? <UndoMergeButton projectSlug={projectSlug} targetId={targetId} mergeId={merge.mergeId} sourceName={merge.source.name} /> : null}
              {!merge.undoable ? <span className="text-xs text-muted-foreground">(undone, or changed since)</span> : null}
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
