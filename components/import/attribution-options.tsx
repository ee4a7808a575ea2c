"use client";

import type { AnnotationImportPreview } from "@/lib/server/annotation-import/annotation-import-types";

export type AttributionChoice = { keepAuthors: boolean; keepReviewStates: boolean };

type Props = { preview: AnnotationImportPreview; choice: AttributionChoice; onChange: (next: AttributionChoice) => void; disabled: boolean };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

// Owner-only options, off by default: without them the importer is the
// author of everything and nothing arrives reviewed. The summary says what
// the import will do either way, from the server's own count.
export function AttributionOptions({ preview, choice, onChange, disabled }: Props) {
  const a = preview.attribution;
  const total = preview.items.reduce((n, item) => n + item.annotations, 0);
  return (
    <fieldset className="space-y-2 rounded-md border p-3" data-testid="annotation-import-attribution">
      <legend className="px-1 text-sm font-medium">Authors and review states</legend>
      {preview.canKeepAttribution ? (
        <>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="size-4 accent-primary" checked={choice.keepAuthors} disabled={disabled} onChange={(e) => onChange({ ...choice, keepAuthors: e.target.checked })} />
            Keep authors who are members of this project
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="size-4 accent-primary" checked={choice.keepReviewStates} disabled={disabled} onChange={(e) => onChange({ ...choice, keepReviewStates: e.target.checked })} />
            Keep review states and gold layer
          </label>
        </>
      ) : (
        <p className="text-xs text-muted-foreground">Only owners can keep a file&apos;s authors or review states.</p>
      )}
      <ul className="list-disc space-y-0.5 pl-5 text-sm text-muted-foreground" data-testid="annotation-import-attribution-summary">
        <li>
          {a.authorsKept > 0
            ? `${plural(a.authorsKept, "annotation keeps its author", "annotations keep their authors")} from the file${total > a.authorsKept ? `; the other ${total - a.authorsKept} will be yours` : ""}.`
            : "You will be the author of every imported annotation."}
          {a.authorsReplaced > 0 ? ` ${plural(a.authorsReplaced, "annotation names", "annotations name")} another author${a.keepAuthors ? " who is not a member here" : ""}.` : ""}
        </li>
        <li>
          {a.reviewsKept > 0 ? `${plural(a.reviewsKept, "annotation keeps its", "annotations keep their")} review state or gold mark from the file.` : "Every annotation arrives pending review, none in the gold layer."}
          {a.reviewsReset > 0 ? ` ${plural(a.reviewsReset, "review state", "review states")} from the file will be reset to pending${a.keepReviewStates ? " (your own work is never imported as accepted)" : ""}.` : ""}
        </li>
      </ul>
    </fieldset>
  );
}
