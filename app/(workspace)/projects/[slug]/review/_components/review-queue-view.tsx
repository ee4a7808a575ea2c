"use client";

import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { ReviewStateDTO } from "@/lib/annotations/annotation-dto";
import type { QueueItemDTO, ReviewDecisionDTO, ReviewDTO } from "@/lib/review/review-dto";
import type { ReviewQueue } from "@/lib/server/review/list-review-queue";
import type { PanelLabels } from "@/components/editor/panel/types";
import { apiRequest, ApiRequestError } from "@/components/api-client/api-request";
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
  // Keys can come faster than renders: what they act on is read from refs
  // that change synchronously (the cursor) or right after each render (the list).
  const cursorRef = useRef(0);
  const itemsRef = useRef(items);
  const busyRef = useRef(false);
  useLayoutEffect(() => {
    itemsRef.current = items;
  });

  // A refresh (after a conflict) brings a new queue: take its state.
  const [source, setSource] = useState(queue);
  if (source !== queue) {
    setSource(queue);
    setItems(queue.items);
    setCounts(queue.counts);
  }

  const item = items[Math.min(cursor, items.length - 1)];
  const base = `/projects/${encodeURIComponent(projectSlug)}`;
  const hrefOf = (target: QueueItemDTO | undefined) => (target ? `${base}/articles/${target.article.id}?annotation=${target.id}` : base);
  const current = () => itemsRef.current[Math.min(cursorRef.current, itemsRef.current.length - 1)];

  const move = (to: number) => {
    const list = itemsRef.current;
    const next = Math.max(0, Math.min(list.length - 1, to));
    cursorRef.current = next;
    setCursor(next);
    setError(null);
    const target = list[next];
    if (target) setAnnouncement(`${next + 1} of ${list.length}: ${target.exact.slice(0, 100)}, by ${target.author.name}, ${reviewStateLabels[target.reviewState]}`);
  };

  useEffect(() => {
    listRef.current?.querySelector("[data-selected]")?.scrollIntoView({ block: "nearest" });
  }, [cursor]);

  async function decide(decision: ReviewDecisionDTO) {
    const target = current();
    if (!target || busyRef.current || !canDecide) return;
    busyRef.current = true;
    setBusy(true);
    setError(null);
    try {
      const { review } = await apiRequest<{ review: ReviewDTO }>(`/api/projects/${encodeURIComponent(projectSlug)}/annotations/${target.id}/reviews`, {
        method: "POST",
        body: { decision, comment: commentRef.current?.value ?? comment, version: target.version },
      });
      const state = stateOf[decision];
      setItems((list) => list.map((i) => (i.id === target.id ? { ...i, reviewState: state, lastReview: review, changedSinceReview: false } : i)));
      setCounts((c) => ({ ...c, [target.reviewState]: c[target.reviewState] - 1, [state]: c[state] + 1 }));
      setDecided((set) => new Set(set).add(target.id));
      setComment("");
      const position = itemsRef.current.findIndex((i) => i.id === target.id);
      setAnnouncement(`${reviewStateLabels[state]}.`);
      if (position < itemsRef.current.length - 1) move(position + 1);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "The decision was not saved.");
      // Someone changed it meanwhile: show the current state.
      if (failure instanceof ApiRequestError && (failure.status === 409 || failure.status === 404)) router.refresh();
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }

  useQueueKeys({
    next: () => move(cursorRef.current + 1),
    previous: () => move(cursorRef.current - 1),
    ...(canDecide
      ? {
          accept: () => void decide("ACCEPT"),
          reject: () => void decide("REJECT"),
          requestChanges: () => void decide("REQUEST_CHANGES"),
          focusComment: () => commentRef.current?.focus(),
        }
      : {}),
    open: () => router.push(hrefOf(current())),
  });

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
              editorHref={hrefOf(item)}
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
