import Link from "next/link";
import type { RefObject } from "react";
import type { QueueItemDTO, ReviewDecisionDTO } from "@/lib/review/review-dto";
import type { PanelLabels } from "@/components/editor/panel/types";
import { ReviewStateBadge } from "@/components/review/review-state-badge";
import { decisionButtons, decisionVerbs } from "@/components/review/review-labels";
import { RelativeTime } from "@/components/review/relative-time";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { cn } from "@/lib/cn";

type Props = {
  item: QueueItemDTO;
  labels: PanelLabels;
  editorHref: string;
  canDecide: boolean;
  comment: string;
  onComment: (value: string) => void;
  commentRef: RefObject<HTMLTextAreaElement | null>;
  busy: boolean;
  error: string | null;
  onDecide: (decision: ReviewDecisionDTO) => void;
};

function LabelChip({ id, labels }: { id: string | null; labels: PanelLabels }) {
  const label = id ? [...labels.claimTypes, ...labels.statuses, ...labels.entityTypes].find((l) => l.id === id) : undefined;
  if (!label) return null;
  return (
    <span className="inline-flex items-center gap-1.5 rounded-md border px-2 py-0.5 text-xs">
      <span className="size-2 rounded-full" style={{ backgroundColor: label.color }} aria-hidden="true" />
      {label.name}
    </span>
  );
}

// The selected annotation in full, with the decision controls.
export function QueueDetail({ item, labels, editorHref, canDecide, comment, onComment, commentRef, busy, error, onDecide }: Props) {
  return (
    <section aria-label="Selected annotation" className="space-y-4 rounded-lg border bg-card p-4" data-testid="queue-detail">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">{item.kind === "CLAIM" ? "Claim" : "Entity mention"}</span>
        <span className="text-muted-foreground">by {item.author.name}</span>
        <ReviewStateBadge state={item.reviewState} className="ml-auto" />
      </div>
      <blockquote className="border-l-2 pl-3 text-sm leading-relaxed">
        <span className="text-muted-foreground">…{item.before}</span>
        <mark className={cn("rounded-sm px-0.5 text-foreground", item.kind === "CLAIM" ? "bg-claim" : "bg-entity")}>{item.exact}</mark>
        <span className="text-muted-foreground">{item.after}…</span>
      </blockquote>
      <div className="flex flex-wrap gap-2">
        <LabelChip id={item.claimTypeId} labels={labels} />
        <LabelChip id={item.statusId} labels={labels} />
        <LabelChip id={item.entityTypeId} labels={labels} />
      </div>
      {item.note ? <p className="whitespace-pre-wrap text-sm text-muted-foreground">{item.note}</p> : null}
      <p className="text-xs text-muted-foreground">
        {item.article.title} · changed <RelativeTime iso={item.updatedAt} />
      </p>
      {item.lastReview ? (
        <p className="text-sm">
          <span className="font-medium">{item.lastReview.reviewer.name}</span> {decisionVerbs[item.lastReview.decision]}
          {item.changedSinceReview ? <span className="text-muted-foreground"> (it changed since)</span> : null}
          {item.lastReview.comment ? <span className="block whitespace-pre-wrap text-muted-foreground">“{item.lastReview.comment}”</span> : null}
        </p>
      ) : null}
      {canDecide ? (
        <div className="space-y-2">
          <label htmlFor="queue-comment" className="text-xs font-medium text-muted-foreground">
            Comment with the decision (optional) <kbd className="ml-1 rounded border px-1">C</kbd>
          </label>
          <Textarea id="queue-comment" ref={commentRef} value={comment} onChange={(e) => onComment(e.target.value)} rows={2} maxLength={5000} />
          <div className="flex flex-wrap gap-2">
            {decisionButtons.map((b) => (
              <Button key={b.decision} size="sm" variant={b.decision === "ACCEPT" ? "default" : "outline"} disabled={busy} onClick={() => onDecide(b.decision)}>
                {b.label} <kbd className="rounded border px-1 text-[0.7rem] opacity-80">{b.key}</kbd>
              </Button>
            ))}
          </div>
        </div>
      ) : null}
      {error ? (
        <p className="text-sm text-destructive" role="alert" data-slot="alert">
          {error}
        </p>
      ) : null}
      <Button asChild size="sm" variant="ghost">
        <Link href={editorHref}>
          Open in editor <kbd className="rounded border px-1 text-[0.7rem]">O</kbd>
        </Link>
      </Button>
    </section>
  );
}
