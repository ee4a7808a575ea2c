import type { SuggestionDTO } from "@/lib/suggestions/suggestion-types";

/**
 * The suggestion under a caret at code point `offset` (a caret just after a
 * span's last character still counts, where a click on a word's end puts
 * it): a mention before the sentence around it, then the shortest span.
 */
export function suggestionAt(suggestions: readonly SuggestionDTO[], offset: number): SuggestionDTO | null {
  let best: SuggestionDTO | null = null;
  for (const s of suggestions) {
    if (offset < s.start || offset > s.end) continue;
    if (
      !best ||
      (s.kind === "ENTITY_MENTION" && best.kind === "CLAIM") ||
      (s.kind === best.kind && s.end - s.start < best.end - best.start)
    ) {
      best = s;
    }
  }
  return best;
}
