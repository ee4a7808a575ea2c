"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

type LiveEvent = { articleId?: string | null };

// Re-renders a server-rendered comparison when the live feed reports a change
// on its article (annotations edited, gold decided by a colleague). The live
// client dispatches "claimdesk:live-event" on the window; where it is not
// running, the page simply shows what it loaded. Bursts are coalesced so one
// save of several rows refreshes once.
export function RefreshOnLiveEvent({ articleId }: { articleId: string }) {
  const router = useRouter();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onEvent = (event: Event) => {
      const detail = (event as CustomEvent<LiveEvent>).detail;
      if (detail?.articleId !== articleId) return;
      clearTimeout(timer);
      timer = setTimeout(() => router.refresh(), 250);
    };
    window.addEventListener("claimdesk:live-event", onEvent);
    return () => {
      clearTimeout(timer);
      window.removeEventListener("claimdesk:live-event", onEvent);
    };
  }, [articleId, router]);
  return null;
}
