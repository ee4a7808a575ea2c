"use client";

import { useEffect } from "react";
import { ORPHANED_LIST_HASH } from "./orphaned-list-hash";

// The section renders after hydration (the list is a deferred render), so
// it is looked for over a few frames rather than once.
const FRAMES_TO_WAIT = 120;
// Tailwind's `xl` breakpoint, where AnnotationSidebar becomes a column.
const SIDEBAR_COLUMN_QUERY = "(min-width: 80rem)";

/**
 * Makes `#orphaned-annotations` (the link in the notice after a text
 * correction) work at every width: opens the list where it is an overlay
 * (below `xl`) and brings the orphaned section into view with focus on it.
 */
export function useOrphanedListLink(setListOpen: (open: boolean) => void): void {
  useEffect(() => {
    let frame = 0;
    const reveal = () => {
      if (window.location.hash !== `#${ORPHANED_LIST_HASH}`) return;
      // From `xl` up the list is a column of its own, always shown; below,
      // it is an overlay that must be opened.
      if (!window.matchMedia(SIDEBAR_COLUMN_QUERY).matches) setListOpen(true);
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
