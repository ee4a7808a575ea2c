"use client";

import { useEffect, useRef } from "react";

export type WorkspaceShortcuts = {
  /** C; `exact` when Alt is held (keep the selection as it is, no word snapping). */
  createClaim: (exact: boolean) => void;
  /** 1–9: a mention of the entity type with that hotkey. */
  createMention: (hotkey: string, exact: boolean) => void;
  openPalette: () => void;
  /** L: "Link to cluster" for the selected claim; returns whether it opened. */
  linkCluster: () => boolean;
  step: (direction: 1 | -1) => void;
  deleteSelected: () => boolean;
  /** Enter (Shift+Enter: every suggestion of that entity): accept the suggestion under the caret; returns whether there was one. */
  acceptSuggestion?: (all: boolean) => boolean;
  /** Backspace with no annotation selected: dismiss the suggestion under the caret. */
  dismissSuggestion?: () => boolean;
  /** Esc: returns whether there was anything to close or clear. */
  escape: () => boolean;
  undo: () => void;
  redo: () => void;
};

const FIELD = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';
// Where single letters belong to the control: typeahead in selects, menus and
// listboxes, and anything inside the claim panel.
const OWNS_LETTERS = '[data-annotation-panel], [role="combobox"], [role="listbox"], [role="menu"], [role="menuitem"], [role="option"]';

/**
 * The editor's keyboard shortcuts, on the window so they work wherever focus
 * is (the text, the list, the page), except where keys are someone else's:
 * text fields (their own undo and letters), the open command palette, and
 * controls with typeahead. In the text itself every key is ours: nothing
 * typed there may reach the document anyway.
 */
export function useWorkspaceShortcuts(editorDom: HTMLElement | null, shortcuts: WorkspaceShortcuts): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing) return;
      const on = latest.current;
      const target = event.target instanceof Element ? event.target : null;
      const inText = !!target && !!editorDom?.contains(target);
      const inField = !inText && !!target?.closest(FIELD);
      const inDialog = !!target?.closest('[role="dialog"], [role="alertdialog"]');
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();

      if (mod && !event.altKey && key === "k") {
        event.preventDefault();
        on.openPalette();
        return;
      }
      if (inDialog) return;
      if (mod && !event.altKey && (key === "z" || key === "y")) {
        if (inField) return;
        event.preventDefault();
        if (key === "y" || event.shiftKey) on.redo();
        else on.undo();
        return;
      }
      if (inField || mod) return;
      if (event.key === "Escape") {
        // ProseMirror marks every Escape in the text as handled (it only
        // means "do nothing to the document"); elsewhere a handled Escape
        // belongs to whatever handled it (a picker closing its list).
        if ((inText || !event.defaultPrevented) && on.escape()) event.preventDefault();
        return;
      }
      if (!inText && target?.closest(OWNS_LETTERS)) return;
      if (event.key === "Delete" || event.key === "Backspace") {
        if (on.deleteSelected() || (event.key === "Backspace" && on.dismissSuggestion?.()) || inText) event.preventDefault();
        return;
      }
      if (event.key === "Enter" && !event.altKey) {
        // Only in the text or on the page: Enter on a button or link is theirs.
        if ((inText || target === document.body) && on.acceptSuggestion?.(event.shiftKey)) event.preventDefault();
        return;
      }
      if (event.altKey && !inText) return;
      // Letters by what the layout types (Dvorak's C is C); with Alt, which
      // turns C into "ç" on a Mac, by the physical key. Digits by physical
      // key, so AZERTY's unshifted "&" row still means 1–9; the keypad too.
      const letter = event.altKey ? event.code.replace(/^Key/, "").toLowerCase() : key;
      const digit = /^(Digit|Numpad)[1-9]$/.test(event.code) ? event.code.slice(-1) : /^[1-9]$/.test(event.key) ? event.key : null;
      if (event.shiftKey && letter !== "c") return;
      if (letter === "c") {
        event.preventDefault();
        on.createClaim(event.altKey);
      } else if (digit !== null) {
        event.preventDefault();
        on.createMention(digit, event.altKey);
      } else if (letter === "l" && !event.altKey) {
        if (on.linkCluster()) event.preventDefault();
      } else if (letter === "j" && !event.altKey) {
        event.preventDefault();
        on.step(1);
      } else if (letter === "k" && !event.altKey) {
        event.preventDefault();
        on.step(-1);
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [editorDom]);
}
