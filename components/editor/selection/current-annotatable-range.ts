import type { Editor } from "@tiptap/core";
import { annotatableRange } from "@/lib/tiptap/article-selection/utils/annotatable-range";
import { syncSelectionFromDom } from "@/lib/tiptap/article-selection/utils/sync-selection-from-dom";
import type { PositionRange } from "@/lib/tiptap/article-selection/types";

/**
 * What a new annotation would cover right now: from the DOM selection as it
 * is at this moment (synced into the editor state first), never from a React
 * copy that may be a render behind a fast Shift+Arrow, C. Exact (no word
 * snapping) when asked, or when the selection is the one the person made
 * with Alt held.
 */
export function currentAnnotatableRange(editor: Editor, locale: string, forceExact = false): PositionRange | null {
  syncSelectionFromDom(editor.view);
  const { from, to } = editor.state.selection;
  const made = editor.storage.articleSelection.exactRange;
  const exact = forceExact || (made !== null && made.from === from && made.to === to);
  return annotatableRange(editor.state, { exact, locale });
}
