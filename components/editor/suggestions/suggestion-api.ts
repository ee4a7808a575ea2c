import type { SuggestionDTO } from "@/lib/suggestions/suggestion-types";

export type SuggestionList = { revision: number; suggestions: SuggestionDTO[]; model: { name: string; error: string | null } | null };

const base = (projectSlug: string, articleId: string) =>
  `/api/projects/${encodeURIComponent(projectSlug)}/articles/${encodeURIComponent(articleId)}/suggestions`;

async function errorOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    return body.error?.message ?? `HTTP ${response.status}`;
  } catch {
    return `HTTP ${response.status}`;
  }
}

/** The person's suggestions on the article (a model's failure is inside, not thrown). */
export async function fetchSuggestions(projectSlug: string, articleId: string, signal?: AbortSignal): Promise<SuggestionList> {
  const response = await fetch(base(projectSlug, articleId), { headers: { accept: "application/json" }, signal });
  if (!response.ok) throw new Error(await errorOf(response));
  return (await response.json()) as SuggestionList;
}

/** Remembers a dismissal for this person on this revision. */
export async function postDismissal(projectSlug: string, articleId: string, body: { revision: number; kind: SuggestionDTO["kind"]; start: number; end: number }): Promise<void> {
  const response = await fetch(`${base(projectSlug, articleId)}/dismissals`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(await errorOf(response));
}
