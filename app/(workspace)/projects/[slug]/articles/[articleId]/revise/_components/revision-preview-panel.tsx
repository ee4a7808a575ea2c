"use client";

import { AlertTriangle, CheckCircle2, Loader2, Unlink } from "lucide-react";
import type { PreviewAnnotation, RevisionPreview } from "@/lib/server/article/preview-revision";
import type { TextChange } from "@/lib/server/article/summarize-text-edits";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";
import type { PreviewState } from "./use-revision-preview";

const kindLabel = { CLAIM: "Claim", ENTITY_MENTION: "Mention" } as const;
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

// What saving would do, from the dry run: the text changes, then the
// annotations that need a human (orphans), those on changed words, and the
// rest. Rendered inside a polite live region by the form, so the one-line
// summary is announced when typing pauses.
export function RevisionPreviewPanel({ state }: { state: PreviewState }) {
  if (state.status === "unchanged") {
    return <p className="text-sm text-muted-foreground" data-testid="preview-summary">No changes yet. Edit the text and the effect on annotations appears here.</p>;
  }
  if (state.status === "error") {
    return (
      <Alert variant="destructive" role="status">
        <AlertTriangle aria-hidden="true" />
        <AlertTitle>{state.stale ? "The text changed meanwhile" : "Cannot preview this text"}</AlertTitle>
        <AlertDescription>{state.message}</AlertDescription>
      </Alert>
    );
  }
  const preview = state.status === "ready" ? state.preview : state.last;
  return (
    <div className="space-y-5" aria-busy={state.status === "checking"}>
      {state.status === "checking" ? (
        <p className="flex items-center gap-2 text-sm text-muted-foreground">
          <Loader2 className="size-4 animate-spin" aria-hidden="true" /> Checking the annotations…
        </p>
      ) : null}
      {preview ? (
        <div className={cn("space-y-5", state.status === "checking" && "opacity-60")}>
          <Summary preview={preview} />
          <Changes preview={preview} />
          <AnnotationList
            title="Will need re-attaching"
            testId="preview-orphaned"
            items={preview.annotations.filter((a) => a.outcome === "orphaned")}
          />
          <AnnotationList
            title="Kept, on changed words"
            testId="preview-changed"
            items={preview.annotations.filter((a) => a.outcome === "changed")}
          />
          <KeptList preview={preview} />
        </div>
      ) : null}
    </div>
  );
}

function Summary({ preview }: { preview: RevisionPreview }) {
  const { counts, edits } = preview;
  return (
    <div className="space-y-2">
      <p className="text-sm font-medium" data-testid="preview-summary">
        {plural(counts.anchored, "annotation")} kept
        {counts.changed > 0 ? ` (${counts.changed} on changed words)` : ""}
        {counts.orphaned > 0 ? `, ${counts.orphaned} will need re-attaching` : ""}.
      </p>
      <div className="flex flex-wrap gap-1.5">
        <Badge variant="success"><CheckCircle2 aria-hidden="true" />{counts.anchored} kept</Badge>
        {counts.flagged > 0 ? <Badge variant="warning"><AlertTriangle aria-hidden="true" />{plural(counts.flagged, "verdict")} to re-check</Badge> : null}
        {counts.orphaned > 0 ? <Badge variant="destructive"><Unlink aria-hidden="true" />{counts.orphaned} to re-attach</Badge> : null}
      </div>
      <p className="text-xs text-muted-foreground">
        {plural(edits.changes, "change")}: +{edits.insertedCharacters.toLocaleString("en")} −{edits.deletedCharacters.toLocaleString("en")} characters.
      </p>
    </div>
  );
}

function Changes({ preview }: { preview: RevisionPreview }) {
  const { edits } = preview;
  if (edits.shown.length === 0) return null;
  return (
    <section aria-labelledby="preview-changes-heading" className="space-y-2">
      <h3 id="preview-changes-heading" className="text-sm font-semibold">Text changes</h3>
      <ol className="max-h-64 space-y-1.5 overflow-y-auto rounded-md border bg-muted/40 p-2 text-xs leading-relaxed" data-testid="preview-changes">
        {edits.shown.map((change, i) => (
          <li key={`${change.at}-${i}`} className="break-words whitespace-pre-wrap">
            <ChangeLine change={change} />
          </li>
        ))}
      </ol>
      {edits.changes > edits.shown.length ? (
        <p className="text-xs text-muted-foreground">…and {plural(edits.changes - edits.shown.length, "more change")}.</p>
      ) : null}
    </section>
  );
}

function ChangeLine({ change }: { change: TextChange }) {
  return (
    <>
      <span className="text-muted-foreground">…{visible(change.before)}</span>
      {change.removed ? (
        <del className="rounded-sm bg-destructive-subtle px-0.5 text-destructive">
          <span className="sr-only">removed: </span>
          {visible(change.removed)}
        </del>
      ) : null}
      {change.inserted ? (
        <ins className="rounded-sm bg-success-subtle px-0.5 text-success no-underline">
          <span className="sr-only">added: </span>
          {visible(change.inserted)}
        </ins>
      ) : null}
      <span className="text-muted-foreground">{visible(change.after)}…</span>
    </>
  );
}

// Line breaks in a one-line change summary would be invisible or break the layout.
function visible(text: string): string {
  return text.replace(/\n/g, "↵");
}

function AnnotationList({ title, items, testId }: { title: string; items: PreviewAnnotation[]; testId: string }) {
  if (items.length === 0) return null;
  const headingId = `${testId}-heading`;
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h3 id={headingId} className="text-sm font-semibold">{title} ({items.length})</h3>
      <ul className="space-y-2" data-testid={testId}>
        {items.map((item) => (
          <li key={item.id} className="space-y-1 rounded-md border p-2 text-sm">
            <div className="flex flex-wrap items-center gap-1.5 text-xs text-muted-foreground">
              <Badge variant={item.kind === "CLAIM" ? "claim" : "entity"}>{kindLabel[item.kind]}</Badge>
              <span>by {item.author}</span>
              {item.flagged ? <Badge variant="warning">Verdict will be flagged</Badge> : null}
            </div>
            {item.outcome === "changed" ? (
              <p className="break-words">
                <del className="text-muted-foreground">“{item.exact}”</del>
                <span aria-hidden="true"> → </span>
                <span className="sr-only"> becomes </span>
                <ins className="no-underline">“{item.newExact}”</ins>
              </p>
            ) : (
              <blockquote className="border-l-2 pl-2 break-words">“{item.exact}”</blockquote>
            )}
            {item.reason ? <p className="text-xs text-muted-foreground">Why: {item.reason}.</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function KeptList({ preview }: { preview: RevisionPreview }) {
  const kept = preview.annotations.filter((a) => a.outcome === "kept");
  const unchanged = preview.counts.anchored - preview.counts.changed;
  if (unchanged === 0) return null;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-semibold">Kept on the same words ({unchanged})</summary>
      <ul className="mt-2 space-y-1">
        {kept.map((item) => (
          <li key={item.id} className="flex gap-2">
            <Badge variant={item.kind === "CLAIM" ? "claim" : "entity"} className="mt-0.5">{kindLabel[item.kind]}</Badge>
            <span className="min-w-0 break-words">“{item.exact}”</span>
          </li>
        ))}
      </ul>
      {unchanged > kept.length ? <p className="mt-1 text-xs text-muted-foreground">…and {unchanged - kept.length} more.</p> : null}
    </details>
  );
}
