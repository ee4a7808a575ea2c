"use client";

import { useState } from "react";
import type { HistoryBody, HistoryEntryDTO } from "@/lib/review/review-dto";
import type { PanelLabels } from "@/components/editor/panel/types";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { apiRequest } from "@/components/api-client/api-request";
import type { Resource } from "./use-annotation-resource";
import { formatHistoryChanges } from "./format-history-change";
import { RelativeTime } from "./relative-time";

const verbs: Record<string, string> = {
  "annotation.create": "created it",
  "annotation.update": "edited it",
  "annotation.delete": "deleted it",
  "annotation.restore": "undeleted it",
  "annotation.restoreVersion": "restored an earlier version",
  "annotation.review": "reviewed it",
};

type Props = { projectSlug: string; annotationId: string; version: number; labels: PanelLabels; history: Resource<HistoryBody>; onRestored: () => void };

// Who changed what and when, newest first, and a way back to an earlier
// version for those who may edit the annotation (sent as a new, version-guarded edit).
export function HistoryView({ projectSlug, annotationId, version, labels, history, onRestored }: Props) {
  const [status, setStatus] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const { data, error } = history;
  if (error && !data) return <p className="text-xs text-destructive">{error}</p>;
  if (!data) return <Skeleton className="h-24 w-full" />;

  async function restore(entry: HistoryEntryDTO) {
    setStatus(null);
    try {
      const { annotation } = await apiRequest<{ annotation: { version: number } }>(
        `/api/projects/${encodeURIComponent(projectSlug)}/annotations/${annotationId}/history/restore`,
        { method: "POST", body: { entryId: entry.id, version } },
      );
      setStatus({ tone: "ok", text: `Version ${entry.version} restored as version ${annotation.version}.` });
      onRestored();
    } catch (failure) {
      setStatus({ tone: "error", text: failure instanceof Error ? failure.message : "Not restored." });
    }
  }

  return (
    <div className="space-y-2" data-testid="annotation-history">
      {status ? (
        <p role="status" className={status.tone === "ok" ? "text-xs text-success" : "text-xs text-destructive"}>
          {status.text}
        </p>
      ) : null}
      <ol className="space-y-2">
        {data.entries.map((entry) => {
          const changes = formatHistoryChanges(entry.changes, labels);
          return (
            <li key={entry.id} className="rounded-md border bg-background px-2.5 py-2 text-sm">
              <p>
                <span className="font-medium">{entry.actor?.name ?? "Someone"}</span> {verbs[entry.action] ?? entry.action}{" "}
                <span className="text-xs text-muted-foreground">
                  · <RelativeTime iso={entry.createdAt} />
                  {entry.version !== null ? ` · v${entry.version}` : null}
                </span>
              </p>
              {changes.length > 0 ? (
                <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5 text-xs">
                  {changes.map((c) => (
                    <div key={c.field} className="contents">
                      <dt className="text-muted-foreground">{c.name}</dt>
                      <dd className="break-words">
                        <del className="text-muted-foreground">{c.before}</del> → <ins className="no-underline">{c.after}</ins>
                      </dd>
                    </div>
                  ))}
                </dl>
              ) : null}
              {data.canRestore && entry.restorable ? (
                <Button size="sm" variant="outline" className="mt-2 h-7 text-xs" onClick={() => void restore(entry)}>
                  Restore version {entry.version}
                </Button>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
