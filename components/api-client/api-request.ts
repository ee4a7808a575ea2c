import { readApiErrorBody } from "./read-api-error";

/**
 * A refused or failed request; `status` 0 when the server could not be
 * reached. `body`: the answer's JSON (null when none), for the callers that
 * show more than the message (an import's refused items).
 */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly body: unknown;
  constructor(status: number, message: string, body: unknown = null) {
    super(message);
    this.name = "ApiRequestError";
    this.status = status;
    this.body = body;
  }
}

export type ApiRequestInit = { method?: string; body?: unknown; signal?: AbortSignal };

// The browser's one way to call the JSON API (owned by no feature): JSON in
// and out, never cached, and the server's own message (meant for people) as
// the error when the answer is not 2xx. An abort is rethrown as it is, so
// callers can tell it from a failure.
export async function apiRequest<T>(url: string, init: ApiRequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? "GET",
      headers: { accept: "application/json", ...(init.body === undefined ? {} : { "content-type": "application/json" }) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      cache: "no-store",
      signal: init.signal,
    });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiRequestError(0, "Could not reach the server. Check your connection and try again.");
  }
  if (!response.ok) {
    const { message, body } = await readApiErrorBody(response);
    throw new ApiRequestError(response.status, message, body);
  }
  // 204 No Content (a delete, say) has no body to read.
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
