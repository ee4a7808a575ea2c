import { apiRequest } from "@/components/api-client/api-request";
import type { SuggestionDTO } from "@/lib/suggestions/suggestion-types";

export type SuggestionList = { revision: number; suggestions: SuggestionDTO[]; model: { name: string; error: string | null } | null };

const base = (projectSlug: string, articleId: string) =>
  `/api/projects/${encodeURIComponent(projectSlug)}/articles/${encodeURIComponent(articleId)}/suggestions`;

/** The person's suggestions on the article (a model's failure is inside, not thrown). */
export async function fetchSuggestions(projectSlug: string, articleId: string, signal?: AbortSignal): Promise<SuggestionList> {
  return apiRequest<SuggestionList>(base(projectSlug, articleId), { signal });
}

/** Remembers a dismissal for this person on this revision. */
export async function postDismissal(projectSlug: string, articleId: string, body: { revision: number; kind: SuggestionDTO["kind"]; start: number; end: number }): Promise<void> {
  await apiRequest(`${base(projectSlug, articleId)}/dismissals`, { method: "POST", body });
}
