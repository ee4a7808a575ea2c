import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { findSuggestionCandidates, type SuggestionCandidates } from "@/lib/suggestions/find-suggestion-candidates";
import { mergeSuggestions, type MergeInput } from "@/lib/suggestions/merge-suggestions";
import type { RegistryName, SuggestionDTO } from "@/lib/suggestions/suggestion-types";

export type SuggestInput = {
  text: string;
  registry: readonly RegistryName[];
  model?: MergeInput["model"];
  existing?: MergeInput["existing"];
  dismissed?: ReadonlySet<string>;
  // The suggesters' findings for this text and registry, when already known
  // (the per-revision cache); computed here otherwise.
  candidates?: SuggestionCandidates;
};

/**
 * Every built-in suggestion for one article text (plus the prediction
 * service's spans when given): registry names, tagged names, check-worthy
 * sentences. Pure and offline; the server, the quality test and the
 * benchmark all call this.
 */
export function suggestForText(input: SuggestInput): SuggestionDTO[] {
  const { registryMatches, named, claims } = input.candidates ?? findSuggestionCandidates(input.text, input.registry);
  return mergeSuggestions({
    index: createCodePointIndex(input.text),
    registry: input.registry,
    registryMatches,
    named,
    claims,
    model: input.model ?? null,
    existing: input.existing ?? [],
    dismissed: input.dismissed ?? new Set(),
  });
}
