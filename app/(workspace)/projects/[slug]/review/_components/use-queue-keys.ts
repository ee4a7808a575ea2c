"use client";

import { useEffect } from "react";

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
export function useQueueKeys(actions: QueueKeyActions): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) {
        if (event.key === "Escape" && event.target instanceof HTMLElement) event.target.blur();
        return;
      }
      // Let an open menu or dialog keep its own keys.
      if (document.querySelector("[role=dialog],[role=menu]")) return;
      const action = {
        j: actions.next,
        k: actions.previous,
        a: actions.accept,
        r: actions.reject,
        x: actions.requestChanges,
        c: actions.focusComment,
        o: actions.open,
      }[event.key.toLowerCase()];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [actions]);
}
