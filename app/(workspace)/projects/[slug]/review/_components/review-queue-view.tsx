"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { ReviewStateDTO } from "@/lib/annotations/annotation-dto";
import type { QueueItemDTO, ReviewDecisionDTO, ReviewDTO } from "@/lib/review/review-dto";
import type { ReviewQueue } from "@/lib/server/review/list-review-queue";
import type { PanelLabels } from "@/components/editor/panel/types";
import { apiRequest, ApiRequestError } from "@/components/review/api-request";
import { reviewStateLabels } from "@/components/review/review-labels";
import { QueueRow } from "./queue-row";
import { QueueDetail } from "./queue-detail";
import { useQueueKeys } from "./use-queue-keys";

type Props = { projectSlug: string; queue: ReviewQueue; labels: PanelLabels; canDecide: boolean };

const stateOf: Record<ReviewDecisionDTO, ReviewStateDTO> = { ACCEPT: "ACCEPTED", REJECT: "REJECTED", REQUEST_CHANGES: "CHANGES_REQUESTED" };
const order: ReviewStateDTO[] = ["PENDING", "CHANGES_REQUESTED", "ACCEPTED", "REJECTED"];

// The queue's list and the selected item, driven by single keys. A decided
// item stays in the list (marked) and the cursor moves on to the next one.
export function ReviewQueueView({ projectSlug, queue, labels, canDecide }: Props) {
  const router = useRouter();
  const [items, setItems] = useState<QueueItemDTO[]>(queue.items);
  const [counts, setCounts] = useState(queue.counts);
  const [decided, setDecided] = useState<ReadonlySet<string>>(new Set());
  const [cursor, setCursor] = useState(0);
  const [comment, setComment] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const commentRef = useRef<HTMLTextAreaElement | null>(null);
  const listRef = useRef<HTMLOListElement | null>(null);

  // A refresh (after a conflict) brings a new queue: take its state.
  const [source, setSource] = useState(queue);
  if (source !== queue) {
    setSource(queue);
    setItems(queue.items);
    setCounts(queue.counts);
  }

  const item = items[Math.min(cursor, items.length - 1)];
  const base = `/projects/${encodeURIComponent(projectSlug)}`;
  const editorHref = item ? `${base}/articles/${item.article.id}?annotation=${item.id}` : base;

  const move = (to: number) => {
    const next = Math.max(0, Math.min(items.length - 1, to));
    setCursor(next);
    setError(null);
    const target = items[next];
    if (target) setAnnouncement(`${next + 1} of ${items.length}: ${target.exact.slice(0, 100)}, by ${target.author.name}, ${reviewStateLabels[target.reviewState]}`);
  };

  useEffect(() => {
    listRef.current?.querySelector("[data-selected]")?.scrollIntoView({ block: "nearest" });
  }, [cursor]);

  async function decide(decision: ReviewDecisionDTO) {
    if (!item || busy || !canDecide) return;
    setBusy(true);
    setError(null);
    try {
      const { review } = await apiRequest<{ review: ReviewDTO }>(`/api/projects/${encodeURIComponent(projectSlug)}/annotations/${item.id}/reviews`, {
        method: "POST",
        body: { decision, comment, version: item.version },
      });
      const state = stateOf[decision];
      setItems((list) => list.map((i) => (i.id === item.id ? { ...i, reviewState: state, lastReview: review, changedSinceReview: false } : i)));
      setCounts((c) => ({ ...c, [item.reviewState]: c[item.reviewState] - 1, [state]: c[state] + 1 }));
      setDecided((set) => new Set(set).add(item.id));
      setComment("");
      const position = items.indexOf(item);
      setAnnouncement(`${reviewStateLabels[state]}.`);
      if (position < items.length - 1) move(position + 1);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "The decision was not saved.");
      // Someone changed it meanwhile: show the current state.
      if (failure instanceof ApiRequestError && (failure.status === 409 || failure.status === 404)) router.refresh();
    } finally {
      setBusy(false);
    }
  }

  const actions = useMemo(
    () => ({
      next: () => move(cursor + 1),
      previous: () => move(cursor - 1),
      ...(canDecide
        ? {
            accept: () => void decide("ACCEPT"),
            reject: () => void decide("REJECT"),
            requestChanges: () => void decide("REQUEST_CHANGES"),
            focusComment: () => commentRef.current?.focus(),
          }
        : {}),
      open: () => router.push(editorHref),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- rebuilt whenever what the keys act on changes
    [cursor, items, comment, busy, canDecide, editorHref],
  );
  useQueueKeys(actions);

  return (
    <div className="mt-6 space-y-3">
      <p className="text-sm text-muted-foreground" data-testid="queue-counts">
        {order.map((s) => `${reviewStateLabels[s]}: ${counts[s]}`).join(" · ")}
        {queue.truncated ? ` · showing the first ${items.length}` : ` · ${items.length} listed`}
      </p>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_26rem]">
        <ol ref={listRef} aria-label="Review queue" className="space-y-2" data-testid="review-queue">
          {items.map((entry, index) => (
            <QueueRow key={entry.id} item={entry} index={index} selected={entry === item} decided={decided.has(entry.id)} onSelect={() => move(index)} />
          ))}
        </ol>
        <div className="lg:sticky lg:top-20 lg:self-start">
          {item ? (
            <QueueDetail
              item={item}
              labels={labels}
              editorHref={editorHref}
              canDecide={canDecide}
              comment={comment}
              onComment={setComment}
              commentRef={commentRef}
              busy={busy}
              error={error}
              onDecide={(d) => void decide(d)}
            />
          ) : null}
        </div>
      </div>
    </div>
  );
}
