"use client";

import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import { BellIcon } from "lucide-react";
import { apiRequest } from "@/components/api-client/api-request";
import { Button } from "@/components/ui/button";
import { LIVE_EVENT } from "@/components/review/live-event";
import { INBOX_CHANGED_EVENT } from "./inbox-events";

const POLL_MS = 30_000;

// The header's inbox link with the unread count. Cheap to keep fresh: one
// indexed count every 30 s while the tab is visible, on focus, after a live
// event, and at once when this page marks notifications read.
export function InboxLink() {
  const [unread, setUnread] = useState<number | null>(null);

  const refresh = useCallback(() => {
    if (document.visibilityState !== "visible") return;
    // A failed count keeps the last one shown; the next poll tries again.
    apiRequest<{ unread: number }>("/api/inbox?count=unread")
      .then((body) => setUnread(body.unread))
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    const first = window.setTimeout(refresh, 0);
    const timer = window.setInterval(refresh, POLL_MS);
    const onChanged = (event: Event) => {
      const count = (event as CustomEvent<{ unread?: number }>).detail?.unread;
      if (typeof count === "number") setUnread(count);
      else refresh();
    };
    window.addEventListener("focus", refresh);
    window.addEventListener(LIVE_EVENT, refresh);
    window.addEventListener(INBOX_CHANGED_EVENT, onChanged);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
      window.removeEventListener("focus", refresh);
      window.removeEventListener(LIVE_EVENT, refresh);
      window.removeEventListener(INBOX_CHANGED_EVENT, onChanged);
    };
  }, [refresh]);

  const label = unread ? `Inbox, ${unread} unread` : "Inbox";
  return (
    <Button asChild variant="ghost" size="icon" className="relative" aria-label={label} title={label}>
      <Link href="/inbox" data-testid="inbox-link">
        <BellIcon aria-hidden="true" />
        {unread ? (
          <span
            data-testid="inbox-unread"
            aria-hidden="true"
            className="absolute -right-0.5 -top-0.5 flex min-w-4 items-center justify-center rounded-full bg-primary px-1 text-[0.625rem] font-semibold leading-4 text-primary-foreground"
          >
            {unread > 99 ? "99+" : unread}
          </span>
        ) : null}
      </Link>
    </Button>
  );
}
