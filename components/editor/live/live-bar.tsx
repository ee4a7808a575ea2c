"use client";

import { getInitials } from "@/components/ui/get-initials";
import { cn } from "@/lib/cn";
import type { Colleague } from "./colleagues-of";
import type { LiveStatus } from "./live-message";
import { presenceColor } from "./presence-color";

type Props = { status: LiveStatus; colleagues: readonly Colleague[] };

const statusText: Record<LiveStatus, string> = {
  connecting: "Connecting…",
  live: "Live",
  reconnecting: "Reconnecting…",
};

/** In the editor's toolbar: who else has the article open (in their colour) and whether live updates are flowing. */
export function LiveBar({ status, colleagues }: Props) {
  return (
    <div className="flex items-center gap-3">
      {colleagues.length > 0 ? (
        <ul className="flex -space-x-1.5" aria-label="Also viewing this article" data-testid="presence-list">
          {colleagues.map((colleague) => (
            <li
              key={colleague.userId}
              title={colleague.name}
              data-user-id={colleague.userId}
              className="flex size-7 items-center justify-center rounded-full border-2 bg-secondary text-[0.6875rem] font-semibold text-secondary-foreground"
              style={{ borderColor: presenceColor(colleague.userId) }}
            >
              <span aria-hidden="true">{getInitials(colleague.name)}</span>
              <span className="sr-only">{colleague.name}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <span role="status" className="flex items-center gap-1.5 text-xs text-muted-foreground" data-testid="live-status" data-status={status}>
        <span
          aria-hidden="true"
          className={cn("size-2 rounded-full", status === "live" ? "bg-emerald-500" : status === "reconnecting" ? "animate-pulse bg-amber-500" : "bg-muted-foreground")}
        />
        {statusText[status]}
      </span>
    </div>
  );
}
