import { readApiError } from "@/components/editor/panel/read-api-error";

export class ApiRequestError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = "ApiRequestError";
    this.status = status;
  }
}

// fetch for the review components: JSON in and out, and the server's own
// message (meant for people) as the error when the answer is not 2xx.
export async function apiRequest<T>(url: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? "GET",
      headers: init.body === undefined ? undefined : { "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      cache: "no-store",
    });
  } catch {
    throw new ApiRequestError(0, "Could not reach the server. Check your connection and try again.");
  }
  if (!response.ok) throw new ApiRequestError(response.status, await readApiError(response));
  return (await response.json()) as T;
}
