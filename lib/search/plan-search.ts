import { SEARCH_KINDS, type SearchKind } from "./search-hit";

export type SearchFilters = {
  kinds: readonly SearchKind[];
  status?: string;
  reviewState?: string;
  annotator?: string;
  outlet?: string;
  from?: string;
  to?: string;
};

// Which filter each kind of result can be held to. A filter a kind has no
// value for excludes that kind rather than being ignored: asking for claims
// marked "false" must not also list every article that mentions the words.
//  - status: a claim's verification status (evidence and comments: their claim's);
//  - reviewState: the annotation's (evidence and comments: their annotation's);
//  - annotator: who wrote it (claims, notes, evidence, comments);
//  - outlet, from, to: the article's outlet and publication date (all but entities).
const supports: Record<SearchKind, ReadonlySet<keyof Omit<SearchFilters, "kinds">>> = {
  article: new Set(["outlet", "from", "to"]),
  claim: new Set(["status", "reviewState", "annotator", "outlet", "from", "to"]),
  note: new Set(["reviewState", "annotator", "outlet", "from", "to"]),
  entity: new Set([]),
  evidence: new Set(["status", "reviewState", "annotator", "outlet", "from", "to"]),
  comment: new Set(["status", "reviewState", "annotator", "outlet", "from", "to"]),
};

/** The kinds a search runs over: those asked for (all when none) that every set filter applies to. */
export function planSearchKinds(filters: SearchFilters): SearchKind[] {
  const asked = filters.kinds.length === 0 ? SEARCH_KINDS : SEARCH_KINDS.filter((k) => filters.kinds.includes(k));
  const set = (["status", "reviewState", "annotator", "outlet", "from", "to"] as const).filter((name) => filters[name] !== undefined);
  return asked.filter((kind) => set.every((name) => supports[kind].has(name)));
}
