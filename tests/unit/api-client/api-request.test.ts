import { afterEach, describe, expect, it, vi } from "vitest";
import { apiRequest, ApiRequestError } from "@/components/api-client/api-request";

// The browser's one JSON client: what it sends, and how each kind of answer
// becomes a value or an ApiRequestError with a message meant for people.
afterEach(() => vi.unstubAllGlobals());

function answer(response: Response | Error) {
  const calls: Array<[string, RequestInit]> = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    calls.push([url, init]);
    if (response instanceof Error) throw response;
    return response;
  });
  return calls;
}

describe("apiRequest", () => {
  it("sends JSON, uncached, and returns the parsed body", async () => {
    const calls = answer(Response.json({ cluster: { id: "c1" } }, { status: 201 }));
    expect(await apiRequest("/api/x", { method: "POST", body: { name: "Ä" } })).toEqual({ cluster: { id: "c1" } });
    const [url, init] = calls[0]!;
    expect(url).toBe("/api/x");
    expect(init).toMatchObject({ method: "POST", body: '{"name":"Ä"}', cache: "no-store", headers: { accept: "application/json", "content-type": "application/json" } });
  });

  it("returns undefined for 204 No Content", async () => {
    answer(new Response(null, { status: 204 }));
    expect(await apiRequest("/api/x", { method: "DELETE" })).toBeUndefined();
  });

  it("sends no body and no content type on a GET", async () => {
    const calls = answer(Response.json({}));
    await apiRequest("/api/x");
    expect(calls[0]![1]).toMatchObject({ method: "GET", body: undefined, headers: { accept: "application/json" } });
  });

  it("turns the server's error into an ApiRequestError with its status and message", async () => {
    const body = { error: { code: "CONFLICT", message: "Someone saved a newer version." } };
    answer(Response.json(body, { status: 409 }));
    await expect(apiRequest("/api/x")).rejects.toEqual(new ApiRequestError(409, "Someone saved a newer version.", body));
  });

  it("keeps the error answer's JSON for callers that show more than its message", async () => {
    answer(Response.json({ error: { code: "BAD_REQUEST", message: "2 items were refused." }, errors: [{ line: 3 }] }, { status: 422 }));
    await expect(apiRequest("/api/x", { method: "POST", body: {} })).rejects.toMatchObject({ status: 422, message: "2 items were refused.", body: { errors: [{ line: 3 }] } });
  });

  it("names the status when the answer is not the API's JSON (a proxy's HTML page)", async () => {
    answer(new Response("<html>Bad gateway</html>", { status: 502, statusText: "Bad Gateway" }));
    await expect(apiRequest("/api/x")).rejects.toMatchObject({ status: 502, message: "The server answered 502 Bad Gateway.", body: null });
  });

  it("reports an unreachable server as status 0", async () => {
    answer(new TypeError("fetch failed"));
    await expect(apiRequest("/api/x")).rejects.toMatchObject({ status: 0, message: /Could not reach the server/ });
  });

  it("rethrows an abort as it is, so callers can ignore it", async () => {
    const abort = new AbortController();
    abort.abort();
    const reason = new DOMException("aborted", "AbortError");
    answer(reason);
    await expect(apiRequest("/api/x", { signal: abort.signal })).rejects.toBe(reason);
  });
});
