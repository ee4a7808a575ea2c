import { apiRequest, ApiRequestError } from "@/components/api-client/api-request";

// POSTs an import request through the JSON client; resolves with the body,
// or the server's message and, when refused, its answer (an import's refusal
// lists the items it refused), and turns network failures into a message
// instead of throwing.
export type PostResult<T> = { ok: true; body: T } | { ok: false; message: string; body: Partial<T> | null };

export async function postImport<T>(url: string, payload: unknown): Promise<PostResult<T>> {
  try {
    return { ok: true, body: await apiRequest<T>(url, { method: "POST", body: payload }) };
  } catch (error) {
    if (error instanceof ApiRequestError && error.status !== 0) {
      return { ok: false, message: error.message, body: typeof error.body === "object" ? (error.body as Partial<T> | null) : null };
    }
    return { ok: false, message: "Could not reach the server. Nothing was saved; try again.", body: null };
  }
}
