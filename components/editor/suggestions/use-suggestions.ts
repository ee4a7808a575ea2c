"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import type { Editor } from "@tiptap/react";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { CodePointIndex } from "@/lib/anchoring/types";
import type { SuggestionDTO } from "@/lib/suggestions/suggestion-types";
import type { PanelLabels } from "@/components/editor/panel/types";
import type { AnnotationStore } from "@/components/editor/store/create-annotation-store";
import type { Toast } from "@/components/editor/feedback/use-toasts";
import { fetchSuggestions, postDismissal, type SuggestionList } from "./suggestion-api";
import { suggestionAt } from "./suggestion-at";
import { sameEntity } from "./same-entity";
import { suggestionDraft } from "./suggestion-draft";
import { useGhostClick } from "./use-ghost-click";
import { uncoveredSuggestions } from "./uncovered-suggestions";

type Options = {
  projectSlug: string;
  article: { id: string; revision: number };
  editor: Editor | null;
  index: CodePointIndex;
  store: AnnotationStore;
  user: { id: string; name: string };
  labels: PanelLabels;
  /** The person's live annotations: a suggestion they cover is no longer offered. */
  mine: readonly AnnotationDTO[];
  enabled: boolean;
  /** Whether a painted annotation covers a code point (a click there selects it, not a ghost). */
  annotatedAt?: (offset: number) => boolean;
  notify: (toast: Omit<Toast, "id">) => void;
  announce: (message: string) => void;
};

/**
 * The article's suggestions for this person: loaded once on open, shown
 * while nobody has covered them (accepting one makes an annotation, which
 * covers it) or dismissed them. The focused suggestion is the one under the
 * caret, so a click or the arrow keys pick it and Enter/Backspace act on it;
 * a plain click on a suggested mention accepts it at once (useGhostClick).
 */
export function useSuggestions(options: Options) {
  const { projectSlug, article, editor, index, store, user, labels, mine, enabled, annotatedAt, notify, announce } = options;
  const [list, setList] = useState<SuggestionList | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [caret, setCaret] = useState<number | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    fetchSuggestions(projectSlug, article.id, controller.signal)
      .then((answer) => (answer.revision === article.revision ? setList(answer) : setList({ ...answer, suggestions: [] })))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setLoadError(error instanceof Error ? error.message : "Suggestions could not be loaded.");
      });
    return () => controller.abort();
  }, [enabled, projectSlug, article.id, article.revision]);

  useEffect(() => {
    if (!editor) return;
    const read = () => {
      const { empty, from } = editor.state.selection;
      if (!empty) return setCaret(null);
      try {
        setCaret(index.toCodePoint(Math.max(0, Math.min(index.text.length, from - 1))));
      } catch {
        setCaret(null);
      }
    };
    editor.on("selectionUpdate", read);
    editor.on("focus", read);
    return () => {
      editor.off("selectionUpdate", read);
      editor.off("focus", read);
    };
  }, [editor, index]);

  // `mine` changes with every annotation the person makes; which suggestions
  // are on offer rarely does. Keyed on their keys, the list keeps its
  // identity then, so the ghost highlights (and the highlight repaint that a
  // new ghost list sets off) are left alone.
  const onOffer = useMemo(
    () => uncoveredSuggestions(list?.suggestions ?? [], dismissed, mine).map((s) => s.key).join("\n"),
    [list, dismissed, mine],
  );
  const visible = useMemo(() => {
    const keys = new Set(onOffer.split("\n"));
    return (list?.suggestions ?? []).filter((s) => keys.has(s.key));
  }, [list, onOffer]);
  const focused = caret === null ? null : suggestionAt(visible, caret);

  const accept = useCallback(
    (suggestions: readonly SuggestionDTO[]) => {
      for (const s of suggestions) store.create(suggestionDraft(s, { index, article, author: user, labels }));
      const first = suggestions[0];
      if (first) announce(`${suggestions.length === 1 ? "Accepted" : `Accepted ${suggestions.length}`}: ${first.exact.slice(0, 80)}`);
    },
    [store, index, article, user, labels, announce],
  );

  useGhostClick({ editor, index, visible, annotatedAt, accept: (s) => accept([s]) });

  const acceptFocused = useCallback(
    (all: boolean) => {
      if (!focused) return false;
      accept(all ? sameEntity(visible, focused) : [focused]);
      return true;
    },
    [focused, visible, accept],
  );

  const dismiss = useCallback(
    (s: SuggestionDTO) => {
      setDismissed((keys) => new Set(keys).add(s.key));
      announce(`Dismissed: ${s.exact.slice(0, 80)}`);
      postDismissal(projectSlug, article.id, { revision: article.revision, kind: s.kind, start: s.start, end: s.end }).catch((error: unknown) => {
        setDismissed((keys) => {
          const next = new Set(keys);
          next.delete(s.key);
          return next;
        });
        notify({ message: `The dismissal was not saved: ${error instanceof Error ? error.message : "network error"}.`, tone: "error" });
      });
    },
    [projectSlug, article.id, article.revision, notify, announce],
  );

  const dismissFocused = useCallback(() => {
    if (!focused) return false;
    dismiss(focused);
    return true;
  }, [focused, dismiss]);

  return { visible, focused, model: list?.model ?? null, loaded: list !== null, loadError, accept, acceptFocused, dismiss, dismissFocused };
}
