"use client";

import { startTransition, useCallback, useState } from "react";
import { afterNextPaint } from "./after-next-paint";

/**
 * The live region's message. Announcements render in the background, with
 * the store's changes after the next frame: never before a keystroke's
 * highlight.
 */
export function useAnnouncer(): [announcement: string, announce: (message: string) => void] {
  const [announcement, setAnnouncement] = useState("");
  const announce = useCallback((message: string) => afterNextPaint(() => startTransition(() => setAnnouncement(message))), []);
  return [announcement, announce];
}
