"use client";

import Link from "next/link";
import { useState } from "react";
import type { InboxBody, NotificationDTO } from "@/lib/review/review-dto";
import { apiRequest } from "@/components/api-client/api-request";
import { RelativeTime } from "@/components/review/relative-time";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { announceInboxChanged } from "./inbox-events";
import { describeNotification } from "./describe-notification";

// The inbox: unread first, each line saying who did what where, with a link
// into the editor (which marks it read) and a way to mark it read in place.
export function InboxList({ initial }: { initial: InboxBody }) {
  const [items, setItems] = useState<NotificationDTO[]>(initial.notifications);
  const [unread, setUnread] = useState(initial.unread);
  const [error, setError] = useState<string | null>(null);

  async function markRead(body: { ids: string[] } | { all: true }) {
    setError(null);
    try {
      const result = await apiRequest<{ unread: number }>("/api/inbox/read", { method: "POST", body });
      const now = new Date().toISOString();
      setItems((list) => list.map((n) => ("all" in body || body.ids.includes(n.id) ? { ...n, readAt: n.readAt ?? now } : n)));
      setUnread(result.unread);
      announceInboxChanged(result.unread);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "Not marked read.");
    }
  }

  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between gap-4">
        <p className="text-sm text-muted-foreground" data-testid="inbox-count">
          {unread === 0 ? "All read" : `${unread} unread`}
        </p>
        <Button size="sm" variant="outline" disabled={unread === 0} onClick={() => void markRead({ all: true })}>
          Mark all read
        </Button>
      </div>
      {error ? (
        <p className="text-sm text-destructive" role="alert" data-slot="alert">
          {error}
        </p>
      ) : null}
      {items.length === 0 ? <p className="text-sm text-muted-foreground">Nothing yet: decisions on your work, mentions and replies arrive here.</p> : null}
      <ul className="divide-y rounded-lg border bg-card" aria-label="Notifications" data-testid="inbox-list">
        {items.map((n) => {
          const isUnread = n.readAt === null;
          const detail = n.kind === "REVIEW" ? n.payload.comment : n.payload.excerpt;
          return (
            <li key={n.id} className={cn("flex gap-3 px-4 py-3", isUnread && "bg-accent/40")} data-unread={isUnread || undefined} data-kind={n.kind}>
              <span className={cn("mt-1.5 size-2 shrink-0 rounded-full", isUnread ? "bg-primary" : "bg-transparent")} aria-hidden="true" />
              <div className="min-w-0 flex-1 space-y-1">
                <p className={cn("text-sm", isUnread && "font-semibold")}>
                  {isUnread ? <span className="sr-only">Unread: </span> : null}
                  {describeNotification(n)}
                  {n.annotation ? <span className="font-normal text-muted-foreground"> on “{n.annotation.exact.slice(0, 80)}”</span> : null}
                </p>
                {typeof detail === "string" && detail ? <p className="whitespace-pre-wrap break-words text-sm text-muted-foreground">{detail}</p> : null}
                <p className="text-xs text-muted-foreground">
                  {[n.project?.name, n.article?.title].filter(Boolean).join(" · ")} · <RelativeTime iso={n.createdAt} />
                </p>
              </div>
              <div className="flex shrink-0 flex-col items-end gap-1">
                {n.href ? (
                  <Button asChild size="sm" variant="ghost">
                    <Link href={n.href} onClick={() => isUnread && void markRead({ ids: [n.id] })}>
                      Open
                    </Link>
                  </Button>
                ) : null}
                {isUnread ? (
                  <Button size="sm" variant="ghost" onClick={() => void markRead({ ids: [n.id] })}>
                    Mark read
                  </Button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
