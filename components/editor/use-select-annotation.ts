"use client";

import { useCallback } from "react";
import type { Editor } from "@tiptap/react";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { CodePointIndex } from "@/lib/anchoring/types";
import { textOffsetToDocPos } from "@/lib/article-content/text-offset-to-doc-pos";
import type { AnnotationStore } from "./store/create-annotation-store";
import type { AnnotationView } from "./store/select-annotations";
import { scrollToRange } from "./navigation/scroll-to-range";
import { kindName } from "./use-annotation-actions";

type Options = {
  editor: Editor | null;
  store: AnnotationStore;
  view: AnnotationView;
  index: CodePointIndex;
  /** The list as shown: the announcement says "3 of 40" in it. */
  listed: readonly AnnotationDTO[];
  setSelectedKey: (key: string | null) => void;
  announce: (message: string) => void;
};

export type SelectAnnotation = (id: string | null, options?: { scroll?: boolean }) => void;

/**
 * Selecting an annotation (from the text, the list, the palette, a
 * shortcut or a deep link): selects it, optionally scrolls its text into
 * view, and tells screen readers which one it is.
 */
export function useSelectAnnotation({ editor, store, view, index, listed, setSelectedKey, announce }: Options): SelectAnnotation {
  return useCallback(
    (id, options = {}) => {
      setSelectedKey(id);
      if (id === null || !editor) return;
      const annotation = view.byId.get(store.resolveId(id));
      if (!annotation) return;
      if (options.scroll && annotation.anchorState === "ANCHORED") {
        scrollToRange(editor.view, textOffsetToDocPos(index.text, index.toUtf16(annotation.start)), textOffsetToDocPos(index.text, index.toUtf16(annotation.end)));
      }
      const position = listed.findIndex((a) => a.id === annotation.id);
      announce(`${kindName(annotation.kind)}${position >= 0 ? ` ${position + 1} of ${listed.length}` : ""}: ${annotation.exact.slice(0, 120)}`);
    },
    [editor, view.byId, store, index, listed, announce, setSelectedKey],
  );
}
