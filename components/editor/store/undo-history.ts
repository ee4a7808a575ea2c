import type { AnnotationPatch, UndoEntry, UndoHistory } from "./types";

export const EMPTY_HISTORY: UndoHistory = { past: [], future: [] };

// Panel fields report every keystroke; edits of the same fields of one
// annotation this close together are one step to undo, as in a text editor.
export const COALESCE_MS = 1500;
const MAX_ENTRIES = 200;

function sameFields(a: AnnotationPatch, b: AnnotationPatch): boolean {
  const keysA = Object.keys(a).sort();
  const keysB = Object.keys(b).sort();
  return keysA.length === keysB.length && keysA.every((key, i) => key === keysB[i]);
}

/** Records an action; a new action clears what could be redone. */
export function recordAction(history: UndoHistory, entry: UndoEntry): UndoHistory {
  const last = history.past[history.past.length - 1];
  if (
    entry.kind === "edit" &&
    last?.kind === "edit" &&
    last.id === entry.id &&
    sameFields(last.after, entry.after) &&
    entry.at - last.at <= COALESCE_MS
  ) {
    const merged: UndoEntry = { ...last, after: { ...last.after, ...entry.after }, at: entry.at };
    return { past: [...history.past.slice(0, -1), merged], future: [] };
  }
  return { past: [...history.past, entry].slice(-MAX_ENTRIES), future: [] };
}

export function takeUndo(history: UndoHistory): { entry: UndoEntry; history: UndoHistory } | null {
  const entry = history.past[history.past.length - 1];
  if (!entry) return null;
  return { entry, history: { past: history.past.slice(0, -1), future: [...history.future, entry] } };
}

export function takeRedo(history: UndoHistory): { entry: UndoEntry; history: UndoHistory } | null {
  const entry = history.future[history.future.length - 1];
  if (!entry) return null;
  return { entry, history: { past: [...history.past, entry], future: history.future.slice(0, -1) } };
}

/** Entries name annotations by the id they had then; a created one has a new id. */
export function renameInHistory(history: UndoHistory, from: string, to: string): UndoHistory {
  const rename = (entry: UndoEntry): UndoEntry => (entry.id === from ? { ...entry, id: to } : entry);
  return { past: history.past.map(rename), future: history.future.map(rename) };
}
