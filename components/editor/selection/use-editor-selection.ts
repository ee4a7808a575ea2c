"use client";

import { startTransition, useEffect, useState } from "react";
import type { Editor } from "@tiptap/react";
import { currentAnnotatableRange } from "./current-annotatable-range";
import { afterNextPaint } from "../after-next-paint";
import type { PositionRange } from "@/lib/tiptap/article-selection/types";

export type EditorSelection = {
  /** What a new annotation would cover now (snapped to words unless made with Alt), or null. */
  range: PositionRange | null;
  /** The person is still dragging: the toolbar waits until they let go. */
  dragging: boolean;
};

function sameRange(a: PositionRange | null, b: PositionRange | null) {
  return a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to);
}

/**
 * Follows the editor's selection as the range a new annotation would take,
 * for what is drawn (the toolbar). Actions read `currentAnnotatableRange`
 * at the moment they run instead.
 */
export function useEditorSelection(editor: Editor | null, locale: string): EditorSelection {
  const [range, setRange] = useState<PositionRange | null>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    if (!editor) return;
    const update = () => {
      const next = editor.isDestroyed ? null : currentAnnotatableRange(editor, locale);
      setRange((previous) => (sameRange(previous, next) ? previous : next));
    };
    // Rendered in transitions: a keystroke that comes while the toolbar is
    // being drawn (select, then C at once) is handled between React's
    // slices instead of after a synchronous render of the whole workspace.
    // A selection that goes (C pressed, a click in the text) takes the
    // toolbar with it after the next frame, in one render with the store's
    // copy, so it never holds up the frame that draws the new highlight.
    const read = () => {
      if (currentAnnotatableRange(editor, locale) !== null) startTransition(update);
      else afterNextPaint(() => startTransition(update));
    };
    const down = (event: MouseEvent) => {
      if (event.button === 0) setDragging(true);
    };
    const up = () => setDragging(false);
    read();
    editor.on("selectionUpdate", read);
    const dom = editor.view.dom;
    dom.addEventListener("mousedown", down);
    document.addEventListener("mouseup", up);
    return () => {
      editor.off("selectionUpdate", read);
      dom.removeEventListener("mousedown", down);
      document.removeEventListener("mouseup", up);
    };
  }, [editor, locale]);

  return { range, dragging };
}
