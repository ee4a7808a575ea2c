import type { SuggestionDTO } from "@/lib/suggestions/suggestion-types";

const fold = (s: string) => s.toLocaleLowerCase("en").replace(/\s+/g, " ").trim();

/**
 * Every mention suggestion of the same entity as `of`: the same registry
 * entity when it names one, else the same words (a new name).
 */
export function sameEntity(suggestions: readonly SuggestionDTO[], of: SuggestionDTO): SuggestionDTO[] {
  if (of.kind !== "ENTITY_MENTION") return [of];
  return suggestions.filter((s) => s.kind === "ENTITY_MENTION" && (of.entityId ? s.entityId === of.entityId : s.entityId === null && fold(s.exact) === fold(of.exact)));
}
