import type { ReactNode } from "react";

/**
 * A box of its own (`display: contents`: no box, no grid cell) for something
 * that comes and goes often beside the text, such as the selection toolbar
 * and the hover card.
 *
 * Why: the stylesheet has rules whose subject is any element and that depend
 * on sibling position (Tailwind's `space-y-*` and `divide-y` match
 * `:not(:last-child)` under their parent), so Chromium marks every parent as
 * having position-dependent children and, when a child is inserted or removed
 * beside others, restyles the parent's whole subtree. Straight in the
 * workspace that is the whole page (1,215 elements, 2,733 with the panel
 * open, in a trace of the 500-annotation bench), in the task before the next
 * keystroke. Inside this box the child has no siblings, so only it is styled.
 */
export function RestyleBoundary({ children }: { children: ReactNode }) {
  return <div className="contents">{children}</div>;
}
