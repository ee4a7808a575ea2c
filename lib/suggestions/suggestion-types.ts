// The wire shape of a suggestion: something a machine proposes on an
// article, shown as a ghost highlight until a person accepts (it becomes an
// ordinary annotation with origin SUGGESTION) or dismisses it. Never stored
// as an annotation by itself.
//
// Offsets are Unicode CODE POINTS into the article's canonical text,
// half-open, like every annotation offset.

export type EntityTypeKey = "person" | "organization" | "location";

export type SuggestionDTO = {
  // Stable for one span and kind on one revision: "<kind>:<start>:<end>".
  key: string;
  kind: "ENTITY_MENTION" | "CLAIM";
  start: number;
  end: number;
  exact: string;
  // The suggester's name: "registry", "compromise", "wink-nlp",
  // "claim-features", or the project's prediction model name.
  source: string;
  // Mentions: the registry entity it names (pre-linked), else null.
  entityId: string | null;
  // Mentions: the entity type's label key, when known.
  entityType: string | null;
  // 0–1; higher first.
  score: number;
  // Shown to the person: why this was suggested.
  reason: string;
  // Claims: the check-worthiness (1–5) pre-filled on accept.
  checkWorthiness: number | null;
};

// A registry entry as the matcher sees it.
export type RegistryName = { entityId: string; entityType: string; names: readonly string[] };

// A span found in UTF-16 offsets (JS string indices), before conversion.
export type RawSpan = { from: number; to: number };

export const suggestionKey = (kind: SuggestionDTO["kind"], start: number, end: number) => `${kind}:${start}:${end}`;
