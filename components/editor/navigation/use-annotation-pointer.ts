"use client";

import { useEffect, useRef } from "react";
import type { Editor } from "@tiptap/react";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { CodePointIndex } from "@/lib/anchoring/types";
import { docPosToTextOffset } from "@/lib/article-content/doc-pos-to-text-offset";
import { charPosAtPoint } from "@/lib/tiptap/annotation-highlights/utils/char-pos-at-point";
import type { IntervalIndex } from "@/lib/tiptap/annotation-highlights/utils/create-interval-index";
import { rankInnermost } from "@/lib/tiptap/annotation-highlights/utils/rank-innermost";
import { pickAnnotationAt } from "@/lib/tiptap/annotation-highlights/utils/pick-annotation-at";

type Options = {
  editor: Editor | null;
  index: CodePointIndex;
  /** The painted annotations, by code-point span. */
  intervals: IntervalIndex<AnnotationDTO>;
  selectedId: string | null;
  onHover: (id: string | null, point: { x: number; y: number } | null) => void;
  /** A plain click on the text: the annotation to select there, or null for none. */
  onPick: (id: string | null) => void;
};

/**
 * Hit-testing for highlights, which are not elements and so get no events of
 * their own: the point → the character under it (caret APIs) → its
 * code-point offset → the spans covering it (interval index). Hover follows
 * the innermost span; a click picks the innermost, and clicking again at the
 * same place steps outwards through nested and overlapping spans.
 */
export function useAnnotationPointer({ editor, index, intervals, selectedId, onHover, onPick }: Options): void {
  const latest = useRef({ index, intervals, selectedId, onHover, onPick });
  useEffect(() => {
    latest.current = { index, intervals, selectedId, onHover, onPick };
  });

  useEffect(() => {
    if (!editor) return;
    const dom = editor.view.dom;
    const hitsAt = (x: number, y: number): AnnotationDTO[] => {
      const pos = charPosAtPoint(editor.view, x, y);
      if (pos === null) return [];
      const { index: text, intervals: spans } = latest.current;
      try {
        return spans.covering(text.toCodePoint(docPosToTextOffset(text.text, pos)));
      } catch {
        return [];
      }
    };

    let frame = 0;
    let hovered: string | null = null;
    const move = (event: MouseEvent) => {
      const { clientX: x, clientY: y } = event;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const top = rankInnermost(hitsAt(x, y))[0]?.id ?? null;
        // Only on change: the card stays where the pointer entered the span.
        if (top !== hovered) {
          hovered = top;
          latest.current.onHover(top, top === null ? null : { x, y });
        }
      });
    };
    const leave = () => {
      cancelAnimationFrame(frame);
      if (hovered !== null) {
        hovered = null;
        latest.current.onHover(null, null);
      }
    };
    const click = (event: MouseEvent) => {
      // A drag that selected text, or a double/triple click selecting words:
      // the person is making a new annotation, not picking one.
      if (event.detail > 1 || event.button !== 0 || !(window.getSelection()?.isCollapsed ?? true)) return;
      const hits = hitsAt(event.clientX, event.clientY);
      latest.current.onPick(pickAnnotationAt(hits, latest.current.selectedId)?.id ?? null);
    };
    dom.addEventListener("mousemove", move);
    dom.addEventListener("mouseleave", leave);
    dom.addEventListener("click", click);
    return () => {
      cancelAnimationFrame(frame);
      dom.removeEventListener("mousemove", move);
      dom.removeEventListener("mouseleave", leave);
      dom.removeEventListener("click", click);
    };
  }, [editor]);
}
