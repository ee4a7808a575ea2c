import { readApiError } from "@/components/editor/panel/read-api-error";

// POST to one of an entity's action routes (merge, merge/undo, split);
// resolves to null on success or the API's message.
export async function postEntityAction(projectSlug: string, entityId: string, action: "merge" | "merge/undo" | "split", body: unknown): Promise<string | null> {
  const url = `/api/projects/${encodeURIComponent(projectSlug)}/entities/${encodeURIComponent(entityId)}/${action}`;
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body: JSON.stringify(body) });
  return response.ok ? null : readApiError(response);
}
