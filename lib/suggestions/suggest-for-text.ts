import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { findRegistryMentions } from "@/lib/suggestions/find-registry-mentions";
import { findNamedEntities } from "@/lib/suggestions/find-named-entities";
import { scoreClaimSentences } from "@/lib/suggestions/score-claim-sentences";
import { mergeSuggestions, type MergeInput } from "@/lib/suggestions/merge-suggestions";
import type { RegistryName, SuggestionDTO } from "@/lib/suggestions/suggestion-types";

export type SuggestInput = {
  text: string;
  registry: readonly RegistryName[];
  model?: MergeInput["model"];
  existing?: MergeInput["existing"];
  dismissed?: ReadonlySet<string>;
};

/**
 * Every built-in suggestion for one article text (plus the prediction
 * service's spans when given): registry names, tagged names, check-worthy
 * sentences. Pure and offline; the server, the quality test and the
 * benchmark all call this.
 */
export function suggestForText(input: SuggestInput): SuggestionDTO[] {
  const index = createCodePointIndex(input.text);
  const registryMatches = findRegistryMentions(input.text, input.registry);
  const named = findNamedEntities(input.text);
  // Names (registry or tagged) count as actors in a sentence.
  const names = [...registryMatches, ...named].map((n) => ({
    start: index.toCodePoint(n.from),
    end: index.toCodePoint(n.to),
    exact: input.text.slice(n.from, n.to),
  }));
  const claims = scoreClaimSentences(input.text, names);
  return mergeSuggestions({
    index,
    registry: input.registry,
    registryMatches,
    named,
    claims,
    model: input.model ?? null,
    existing: input.existing ?? [],
    dismissed: input.dismissed ?? new Set(),
  });
}
