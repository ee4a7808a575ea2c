import type { SuggestionDTO } from "@/lib/suggestions/suggestion-types";
import { suggestionAt } from "./suggestion-at";

/**
 * The suggested mention a click on the character at code point `offset`
 * accepts, or null. Only mentions: a suggested claim is a whole sentence,
 * so a click that accepted it would turn every caret placement in a
 * check-worthy sentence into a claim; those are accepted with Enter or the
 * bar. The character must be inside the span (a caret may sit just after
 * it, a click on the next character is not on it).
 */
export function ghostUnderPointer(suggestions: readonly SuggestionDTO[], offset: number): SuggestionDTO | null {
  return suggestionAt(
    suggestions.filter((s) => s.kind === "ENTITY_MENTION" && offset < s.end),
    offset,
  );
}
