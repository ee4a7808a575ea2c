// Wire shapes of project search (GET /api/projects/<slug>/search), shared by
// the server (lib/server/search) and the search dialog (components/search).

export const SEARCH_KINDS = ["article", "claim", "note", "entity", "evidence", "comment"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  article: "Articles",
  claim: "Claims",
  note: "Notes",
  entity: "Entities",
  evidence: "Evidence",
  comment: "Comments",
};

/** A run of snippet text; `hit` marks the words that matched the query. */
export type SnippetPart = { text: string; hit: boolean };

export type SearchHit = {
  kind: SearchKind;
  id: string;
  /** The article's title, or the entity's name. */
  title: string;
  snippet: SnippetPart[];
  /** Where Enter goes: the article, opened at the annotation when there is one. */
  href: string;
  articleId: string | null;
  annotationId: string | null;
  outlet: string | null;
  publishedAt: string | null;
  /** The claim's verification status (claims, and evidence and comments on one). */
  status: { key: string; name: string; color: string } | null;
  reviewState: string | null;
  author: { id: string; name: string } | null;
  rank: number;
};

export type SearchResponse = { hits: SearchHit[]; facets?: SearchFacets };

/** The choices the search dialog's filters offer (GET …/search?facets=1). */
export type SearchFacets = {
  annotators: { id: string; name: string }[];
  outlets: string[];
  statuses: { key: string; name: string }[];
};
