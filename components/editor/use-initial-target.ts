"use client";

import { useEffect, useRef, type RefObject } from "react";
import type { Editor } from "@tiptap/react";
import { TextSelection } from "@tiptap/pm/state";
import type { CodePointIndex } from "@/lib/anchoring/types";
import { textOffsetToDocPos } from "@/lib/article-content/text-offset-to-doc-pos";
import { scrollToRange } from "./navigation/scroll-to-range";
import type { SelectAnnotation } from "./use-select-annotation";

type Options = {
  editor: Editor | null;
  index: CodePointIndex;
  /** `?annotation=<id>`: selected and scrolled to. */
  initialSelectedId: string | undefined;
  /** `?at=start-end` in code points, when no annotation is linked: those words selected. */
  initialRange: { start: number; end: number } | undefined;
  select: SelectAnnotation;
  /** The selection as it is now: it starts at the linked annotation. */
  selectedKeyNow: RefObject<string | null>;
};

/**
 * Opens the article where a link pointed, once, as soon as the editor
 * exists: the linked annotation selected, or the linked words (search
 * results) selected in the text, scrolled into view.
 */
export function useInitialTarget({ editor, index, initialSelectedId, initialRange, select, selectedKeyNow }: Options): void {
  const done = useRef(false);
  useEffect(() => {
    if (!editor || done.current) return;
    if (initialSelectedId) {
      done.current = true;
      // The panel was open from the first paint: someone who closed it or
      // chose another annotation before the editor arrived keeps their choice.
      if (selectedKeyNow.current === initialSelectedId) select(initialSelectedId, { scroll: true });
      return;
    }
    const length = index.length;
    if (!initialRange || initialRange.start >= initialRange.end) return;
    done.current = true;
    const from = textOffsetToDocPos(index.text, index.toUtf16(Math.min(initialRange.start, length)));
    const to = textOffsetToDocPos(index.text, index.toUtf16(Math.min(initialRange.end, length)));
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, from, to)));
    scrollToRange(editor.view, from, to);
  }, [editor, initialSelectedId, initialRange, index, select, selectedKeyNow]);
}
