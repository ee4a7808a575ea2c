"use client";

import { useEffect, useLayoutEffect, useRef } from "react";

export type QueueKeyActions = {
  next: () => void;
  previous: () => void;
  accept?: () => void;
  reject?: () => void;
  requestChanges?: () => void;
  focusComment?: () => void;
  open: () => void;
};

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

// The queue's single-key shortcuts, on the whole page so they work from the
// moment it opens. Keys typed into a field stay text; Escape leaves the field.
// One listener for the page's life that calls the latest actions, so keys
// pressed faster than React renders act on the newest state.
export function useQueueKeys(actions: QueueKeyActions): void {
  const latest = useRef(actions);
  useLayoutEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) {
        if (event.key === "Escape" && event.target instanceof HTMLElement) event.target.blur();
        return;
      }
      // Let an open menu or dialog keep its own keys.
      if (document.querySelector("[role=dialog],[role=menu]")) return;
      const a = latest.current;
      const action = { j: a.next, k: a.previous, a: a.accept, r: a.reject, x: a.requestChanges, c: a.focusComment, o: a.open }[event.key.toLowerCase()];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
