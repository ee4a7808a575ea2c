"use client";

import type { Editor } from "@tiptap/react";
import { TextSelection } from "@tiptap/pm/state";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { stepAnnotation } from "./navigation/step-annotation";
import { useWorkspaceShortcuts } from "./navigation/use-workspace-shortcuts";
import type { useAnnotationActions } from "./use-annotation-actions";
import type { SelectAnnotation } from "./use-select-annotation";
import type { WorkspaceToggles } from "./use-workspace-toggles";

type Options = {
  editor: Editor | null;
  actions: ReturnType<typeof useAnnotationActions>;
  toggles: Pick<WorkspaceToggles, "setPaletteOpen" | "setLinkOpen">;
  /** The list as shown: J/K step through it. */
  listed: readonly AnnotationDTO[];
  selectedId: string | null;
  selected: AnnotationDTO | null;
  selectedKey: string | null;
  setSelectedKey: (key: string | null) => void;
  select: SelectAnnotation;
  canEdit: (annotation: AnnotationDTO) => boolean;
  canLinkSelected: boolean;
  suggestions: { acceptFocused: (all: boolean) => boolean; dismissFocused: () => boolean };
};

/**
 * What each workspace shortcut does here. Suggestion keys (Enter,
 * Backspace) apply only while no annotation is selected, so they never
 * compete with the selected annotation's own keys.
 */
export function useWorkspaceKeyboard(options: Options): void {
  const { editor, actions, toggles, listed, selectedId, selected, selectedKey, setSelectedKey, select, canEdit, canLinkSelected, suggestions } = options;
  useWorkspaceShortcuts(editor?.view.dom ?? null, {
    createClaim: (exact) => actions.create("CLAIM", { exact }),
    createMention: actions.createMentionByHotkey,
    openPalette: () => toggles.setPaletteOpen(true),
    linkCluster: () => {
      if (!canLinkSelected) return false;
      toggles.setLinkOpen(true);
      return true;
    },
    step: (direction) => {
      const next = stepAnnotation(listed, selectedId, direction);
      if (next) select(next, { scroll: true });
    },
    deleteSelected: () => {
      if (!selected || !canEdit(selected)) return false;
      actions.remove(selected);
      return true;
    },
    acceptSuggestion: (all) => selected === null && suggestions.acceptFocused(all),
    dismissSuggestion: () => selected === null && suggestions.dismissFocused(),
    escape: () => {
      if (editor && !editor.state.selection.empty) {
        editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, editor.state.selection.to)));
        return true;
      }
      if (selectedKey !== null) {
        const fromPanel = document.activeElement?.closest("[data-annotation-panel]");
        setSelectedKey(null);
        if (fromPanel) editor?.view.focus();
        return true;
      }
      return false;
    },
    undo: actions.undo,
    redo: actions.redo,
  });
}
