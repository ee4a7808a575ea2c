"use client";

import { useCallback } from "react";
import type { Editor } from "@tiptap/react";
import { TextSelection } from "@tiptap/pm/state";
import type { AnnotationDTO, AnnotationKindDTO } from "@/lib/annotations/annotation-dto";
import type { CodePointIndex } from "@/lib/anchoring/types";
import type { PanelLabels } from "@/components/editor/panel/types";
import type { AnnotationStore } from "./store/create-annotation-store";
import type { Toast } from "./feedback/use-toasts";
import type { SetSelectedKey } from "./use-selected-key";
import { createDraftAnnotation } from "./selection/create-draft-annotation";
import { currentAnnotatableRange } from "./selection/current-annotatable-range";
import { spanOfRange } from "./selection/span-of-range";

type Options = {
  editor: Editor | null;
  store: AnnotationStore;
  index: CodePointIndex;
  article: { id: string; revision: number; language: string };
  user: { id: string; name: string };
  labels: PanelLabels;
  canCreate: boolean;
  canEdit: (annotation: AnnotationDTO) => boolean;
  notify: (toast: Omit<Toast, "id">) => void;
  announce: (message: string) => void;
  setSelectedKey: SetSelectedKey;
};

export const kindName = (kind: AnnotationKindDTO) => (kind === "CLAIM" ? "Claim" : "Entity mention");

/**
 * What the person does to annotations — create from the selection, delete
 * (with an Undo toast), undo and redo, re-attach an orphan — applied to the
 * store at once and announced for screen readers.
 */
export function useAnnotationActions(options: Options) {
  const { editor, store, index, article, user, labels, canCreate, canEdit, notify, announce, setSelectedKey } = options;

  const create = useCallback(
    (kind: AnnotationKindDTO, options: { entityTypeId?: string; exact?: boolean } = {}) => {
      if (!editor || !canCreate) return;
      const range = currentAnnotatableRange(editor, article.language, options.exact);
      const span = range ? spanOfRange(index, range) : null;
      if (!range || !span) {
        notify({ message: "Select some text first (drag, double-click, or Shift+arrow keys in the text).", tone: "info" });
        return;
      }
      const draft = createDraftAnnotation({
        kind,
        start: span.start,
        end: span.end,
        index,
        articleId: article.id,
        revision: article.revision,
        author: user,
        defaultStatusId: labels.statuses.find((s) => s.key === "unverified")?.id ?? null,
        entityTypeId: options.entityTypeId ?? null,
      });
      // Selected first, so the highlight painted with the store update is
      // already the selected one (one paint, not two); the panel (a much
      // bigger render) opens after the frame that shows the new span, in the
      // same render as the store's copy.
      setSelectedKey(draft.id, "after-paint");
      store.create(draft);
      // Collapse the selection to its end: the toolbar goes, and the caret is
      // where the next keyboard selection naturally starts.
      editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, range.to)));
      const type = labels.entityTypes.find((t) => t.id === options.entityTypeId);
      announce(`${type ? `${type.name} mention` : "Claim"} created: ${span.exact.slice(0, 120)}`);
    },
    [editor, canCreate, index, article.id, article.revision, article.language, user, labels, store, notify, announce, setSelectedKey],
  );

  const createMentionByHotkey = (hotkey: string, exact: boolean) => {
    const type = labels.entityTypes.find((t) => t.hotkey === hotkey);
    if (type) create("ENTITY_MENTION", { entityTypeId: type.id, exact });
  };

  const remove = useCallback(
    (annotation: AnnotationDTO) => {
      if (!canEdit(annotation)) return;
      // The panel (and the button that was pressed) goes away: keep the
      // keyboard in the text.
      const fromPanel = document.activeElement?.closest("[data-annotation-panel]");
      store.remove(annotation.id);
      setSelectedKey(null);
      if (fromPanel) editor?.view.focus();
      announce(`${kindName(annotation.kind)} deleted`);
      notify({
        message: `${kindName(annotation.kind)} deleted.`,
        tone: "info",
        action: { label: "Undo", run: () => store.restore(annotation.id) },
      });
    },
    [canEdit, store, editor, notify, announce, setSelectedKey],
  );

  const undo = useCallback(() => {
    const entry = store.undo();
    announce(entry ? `Undid ${entry.kind === "edit" ? "an edit" : entry.kind === "create" ? "creating an annotation" : "a delete"}` : "Nothing to undo");
    if (entry?.kind === "delete") setSelectedKey(entry.id);
  }, [store, announce, setSelectedKey]);
  const redo = useCallback(() => {
    const entry = store.redo();
    announce(entry ? "Redone" : "Nothing to redo");
  }, [store, announce]);

  const reattach = (id: string) => {
    const range = editor ? currentAnnotatableRange(editor, article.language) : null;
    const span = range ? spanOfRange(index, range) : null;
    if (!span) return;
    store.edit(id, { start: span.start, end: span.end, exact: span.exact, prefix: span.prefix, suffix: span.suffix });
    announce("Re-attached to the selected text");
  };

  return { create, createMentionByHotkey, remove, undo, redo, reattach };
}
