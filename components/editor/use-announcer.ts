"use client";

import { startTransition, useCallback, useState } from "react";

/**
 * The live region's message. Announcements render in the background: never
 * before a keystroke's highlight.
 */
export function useAnnouncer(): [announcement: string, announce: (message: string) => void] {
  const [announcement, setAnnouncement] = useState("");
  const announce = useCallback((message: string) => startTransition(() => setAnnouncement(message)), []);
  return [announcement, announce];
}
