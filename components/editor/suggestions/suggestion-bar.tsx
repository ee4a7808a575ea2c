"use client";

import type { SuggestionDTO } from "@/lib/suggestions/suggestion-types";
import type { PanelLabels } from "@/components/editor/panel/types";
import { Button } from "@/components/ui/button";
import { sameEntity } from "./same-entity";

type Props = {
  visible: readonly SuggestionDTO[];
  focused: SuggestionDTO | null;
  model: { name: string; error: string | null } | null;
  loaded: boolean;
  loadError: string | null;
  labels: PanelLabels;
  onAccept: (suggestions: readonly SuggestionDTO[]) => void;
  onDismiss: (suggestion: SuggestionDTO) => void;
};

/**
 * The focused suggestion (the ghost under the caret) with its reason and
 * actions, or a count of what is suggested; and the project model's state.
 * Suggestions are not annotations: they are never in the annotation list.
 */
export function SuggestionBar({ visible, focused, model, loaded, loadError, labels, onAccept, onDismiss }: Props) {
  const mentions = visible.filter((s) => s.kind === "ENTITY_MENTION").length;
  const all = focused ? sameEntity(visible, focused) : [];
  const type = focused?.entityType ? (labels.entityTypes.find((t) => t.key === focused.entityType)?.name ?? focused.entityType) : null;
  return (
    <div role="region" aria-label="Suggestions" data-testid="suggestion-bar" className="sticky bottom-0 z-20 -mx-4 border-t bg-background px-4 py-2 text-sm lg:-mx-8 lg:px-8">
      {focused ? (
        <div className="flex flex-wrap items-center gap-2" data-testid="focused-suggestion">
          <span className="min-w-0 flex-1">
            <span className="font-medium">Suggested {focused.kind === "CLAIM" ? "claim" : `${type ?? "entity"} mention`}:</span>{" "}
            <span className="italic">“{focused.exact.length > 120 ? `${focused.exact.slice(0, 120)}…` : focused.exact}”</span>{" "}
            <span className="text-muted-foreground" data-testid="suggestion-reason">
              ({focused.source}; {focused.reason})
            </span>
          </span>
          <Button size="sm" onClick={() => onAccept([focused])}>
            Accept <kbd className="ml-1 text-xs opacity-70">Enter</kbd>
          </Button>
          {all.length > 1 ? (
            <Button size="sm" variant="secondary" onClick={() => onAccept(all)}>
              Accept all {all.length} in this article <kbd className="ml-1 text-xs opacity-70">Shift+Enter</kbd>
            </Button>
          ) : null}
          <Button size="sm" variant="outline" onClick={() => onDismiss(focused)}>
            Dismiss <kbd className="ml-1 text-xs opacity-70">Backspace</kbd>
          </Button>
        </div>
      ) : (
        <p className="text-muted-foreground" data-testid="suggestion-summary">
          {loadError
            ? `Suggestions could not be loaded: ${loadError}`
            : loaded
              ? `${mentions} suggested mentions and ${visible.length - mentions} suggested claims (dotted underlines). Put the caret on one to accept it.`
              : "Looking for suggestions…"}
        </p>
      )}
      {model ? (
        <p className={model.error ? "text-destructive" : "text-muted-foreground"} data-testid="suggestion-model">
          Model “{model.name}”: {model.error ?? "suggestions included"}
        </p>
      ) : null}
    </div>
  );
}
