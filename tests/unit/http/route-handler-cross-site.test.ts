import { describe, expect, it } from "vitest";
import { routeHandler } from "@/lib/http/route-handler";

// routeHandler is the one gate every API route goes through: a
// cookie-authenticated state change from another origin never reaches the
// handler.
describe("routeHandler refuses cross-site state changes before the handler runs", () => {
  const make = () => {
    const calls: string[] = [];
    const handler = routeHandler(async (request: Request) => {
      calls.push(request.method);
      return new Response(null, { status: 204 });
    });
    return { calls, handler };
  };
  const send = (method: string, headers: Record<string, string>) =>
    new Request("http://localhost:3000/api/projects/p/labels", { method, headers });

  it("answers 403 with a clear message and does not call the handler", async () => {
    const { calls, handler } = make();
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      const response = await handler(send(method, { "sec-fetch-site": "same-site", origin: "http://localhost:3999" }), {});
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ error: { code: "FORBIDDEN", message: expect.stringMatching(/Cross-site request refused/) } });
    }
    expect((await handler(send("POST", { origin: "http://localhost:3999" }), {})).status).toBe(403);
    expect(calls).toEqual([]);
  });

  it("lets same-origin requests, reads and Bearer-token requests through", async () => {
    const { calls, handler } = make();
    expect((await handler(send("POST", { "sec-fetch-site": "same-origin", origin: "http://localhost:3000" }), {})).status).toBe(204);
    expect((await handler(send("GET", { "sec-fetch-site": "cross-site" }), {})).status).toBe(204);
    expect((await handler(send("DELETE", { "sec-fetch-site": "cross-site", authorization: "Bearer cd_token" }), {})).status).toBe(204);
    expect(calls).toEqual(["POST", "GET", "DELETE"]);
  });
});
