// Route handlers answer errors as { error: { code, message } } with a message
// meant for people (lib/http/route-handler.ts); anything else (a proxy's HTML
// page, a dropped connection) gets a generic sentence with the status.
export async function readApiError(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json();
    if (typeof body === "object" && body !== null && "error" in body) {
      const error = (body as { error?: { message?: unknown } }).error;
      if (typeof error?.message === "string" && error.message !== "") return error.message;
    }
  } catch {
    // Not JSON: fall through to the generic message.
  }
  return `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}.`;
}
