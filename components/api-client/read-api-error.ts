// Route handlers answer errors as { error: { code, message } } with a message
// meant for people (lib/http/route-handler.ts), sometimes with more beside it
// (an import's per-item errors); anything else (a proxy's HTML page, a
// dropped connection) gets a generic sentence with the status. `body`: the
// parsed JSON answer, null when it was not JSON.
export async function readApiErrorBody(response: Response): Promise<{ message: string; body: unknown }> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: the generic message.
  }
  if (typeof body === "object" && body !== null && "error" in body) {
    const error = (body as { error?: { message?: unknown } }).error;
    if (typeof error?.message === "string" && error.message !== "") return { message: error.message, body };
  }
  return { message: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}.`, body };
}

/** The message of an API error answer (readApiErrorBody without the body). */
export async function readApiError(response: Response): Promise<string> {
  return (await readApiErrorBody(response)).message;
}
