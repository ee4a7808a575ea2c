import { apiRequest, ApiRequestError } from "@/components/api-client/api-request";

// POST to one of an entity's action routes (merge, merge/undo, split);
// resolves to null on success or the API's message.
export async function postEntityAction(projectSlug: string, entityId: string, action: "merge" | "merge/undo" | "split", body: unknown): Promise<string | null> {
  const url = `/api/projects/${encodeURIComponent(projectSlug)}/entities/${encodeURIComponent(entityId)}/${action}`;
  try {
    await apiRequest(url, { method: "POST", body });
    return null;
  } catch (failure) {
    return failure instanceof ApiRequestError ? failure.message : "Could not reach the server. Nothing was changed; try again.";
  }
}
