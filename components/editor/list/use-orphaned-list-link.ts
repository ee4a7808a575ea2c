"use client";

import { useEffect } from "react";
import { ORPHANED_LIST_HASH } from "./orphaned-list-hash";

// The section renders after hydration (the list is a deferred render), so
// it is looked for over a few frames rather than once.
const FRAMES_TO_WAIT = 120;

/**
 * Makes `#orphaned-annotations` (the link in the notice after a text
 * correction) work at every width: opens the list (an overlay below `xl`)
 * and brings the orphaned section into view with focus on it.
 */
export function useOrphanedListLink(setListOpen: (open: boolean) => void): void {
  useEffect(() => {
    let frame = 0;
    const reveal = () => {
      if (window.location.hash !== `#${ORPHANED_LIST_HASH}`) return;
      setListOpen(true);
      let tries = 0;
      const find = () => {
        const section = document.getElementById(ORPHANED_LIST_HASH);
        if (section) {
          section.scrollIntoView({ block: "nearest" });
          section.focus({ preventScroll: true });
        } else if (++tries < FRAMES_TO_WAIT) frame = requestAnimationFrame(find);
      };
      frame = requestAnimationFrame(find);
    };
    reveal();
    window.addEventListener("hashchange", reveal);
    return () => {
      window.removeEventListener("hashchange", reveal);
      cancelAnimationFrame(frame);
    };
  }, [setListOpen]);
}
