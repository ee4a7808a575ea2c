"use client";

import { useEffect, useRef } from "react";
import type { Editor } from "@tiptap/react";
import type { CodePointIndex } from "@/lib/anchoring/types";
import type { SuggestionDTO } from "@/lib/suggestions/suggestion-types";
import { docPosToTextOffset } from "@/lib/article-content/doc-pos-to-text-offset";
import { charPosAtPoint } from "@/lib/tiptap/annotation-highlights/utils/char-pos-at-point";
import { ghostUnderPointer } from "./ghost-under-pointer";

type Options = {
  editor: Editor | null;
  index: CodePointIndex;
  visible: readonly SuggestionDTO[];
  /** Whether a painted annotation covers this code point: a click there selects it instead. */
  annotatedAt?: (offset: number) => boolean;
  accept: (suggestion: SuggestionDTO) => void;
};

/**
 * A plain click on a suggested mention accepts it, as Enter does with the
 * caret on it. Ghosts are highlights, not elements, so the click is
 * hit-tested like annotations are (use-annotation-pointer.ts): the character
 * under the pointer → its code point → the ghost covering it. Not a click
 * that is part of a drag selection, a double or triple click, another
 * button or one with a modifier (those extend or make selections), and not
 * where an annotation is painted (the click selects that annotation).
 */
export function useGhostClick({ editor, index, visible, annotatedAt, accept }: Options): void {
  const latest = useRef({ index, visible, annotatedAt, accept });
  useEffect(() => {
    latest.current = { index, visible, annotatedAt, accept };
  });

  useEffect(() => {
    if (!editor) return;
    const dom = editor.view.dom;
    const click = (event: MouseEvent) => {
      if (event.detail !== 1 || event.button !== 0 || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
      if (!(window.getSelection()?.isCollapsed ?? true)) return;
      const pos = charPosAtPoint(editor.view, event.clientX, event.clientY);
      if (pos === null) return;
      const { index: text, visible: ghosts, annotatedAt: covered, accept: take } = latest.current;
      let offset: number;
      try {
        offset = text.toCodePoint(docPosToTextOffset(text.text, pos));
      } catch {
        return;
      }
      if (covered?.(offset)) return;
      const ghost = ghostUnderPointer(ghosts, offset);
      if (ghost) take(ghost);
    };
    dom.addEventListener("click", click);
    return () => dom.removeEventListener("click", click);
  }, [editor]);
}
