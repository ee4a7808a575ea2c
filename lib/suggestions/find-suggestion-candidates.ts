import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { findNamedEntities, type NamedEntity } from "@/lib/suggestions/find-named-entities";
import { findRegistryMentions, type RegistryMatch } from "@/lib/suggestions/find-registry-mentions";
import { scoreClaimSentences, type ClaimCandidate } from "@/lib/suggestions/score-claim-sentences";
import type { RegistryName } from "@/lib/suggestions/suggestion-types";

// Bump when a suggester's output changes for the same text and registry:
// it is part of the suggestion cache's key, so stored findings of an older
// suggester are never shown.
export const SUGGESTERS_VERSION = 1;

// What the built-in suggesters find in one text, before merging and before
// anyone's annotations or dismissals are taken off: the costly part (the
// taggers), and plain JSON, so it can be stored per article revision.
export type SuggestionCandidates = {
  registryMatches: RegistryMatch[];
  named: NamedEntity[];
  claims: ClaimCandidate[];
};

/** Runs the built-in suggesters on one text. Pure and offline. */
export function findSuggestionCandidates(text: string, registry: readonly RegistryName[]): SuggestionCandidates {
  const index = createCodePointIndex(text);
  const registryMatches = findRegistryMentions(text, registry);
  const named = findNamedEntities(text);
  // Names (registry or tagged) count as actors in a sentence.
  const names = [...registryMatches, ...named].map((n) => ({
    start: index.toCodePoint(n.from),
    end: index.toCodePoint(n.to),
    exact: text.slice(n.from, n.to),
  }));
  const claims = scoreClaimSentences(text, names);
  return { registryMatches: [...registryMatches], named: [...named], claims: [...claims] };
}
