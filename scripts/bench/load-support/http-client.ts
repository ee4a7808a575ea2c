import { Agent, request as httpRequest } from "node:http";

export type HttpResult = { status: number; body: unknown; ms: number };

// A keep-alive client on node:http: lighter than fetch (undici) on the
// benchmark's side of the same two cores, so more of the CPU is left to the
// server being measured. One agent per target; sockets are reused.
export function createHttpClient(baseUrl: string, maxSockets: number) {
  // An idle socket is dropped after 4 s, before the server's 5 s keep-alive
  // timeout closes it: reusing one the server is closing at that moment
  // fails with ECONNRESET (paced annotators sit idle for seconds).
  const agent = new Agent({ keepAlive: true, maxSockets, timeout: 4000 });
  const origin = new URL(baseUrl).origin;
  return {
    origin,
    async send(method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<HttpResult> {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const started = performance.now();
      return new Promise<HttpResult>((done, fail) => {
        const req = httpRequest(
          `${origin}${path}`,
          {
            method,
            agent,
            // Origin: cookie-authenticated writes from another origin are refused (CSRF check).
            headers: { origin, accept: "application/json", ...headers, ...(payload ? { "content-type": "application/json" } : {}) },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (c: Buffer) => chunks.push(c));
            res.on("end", () => {
              const ms = performance.now() - started;
              const text = Buffer.concat(chunks).toString("utf8");
              let parsed: unknown = text;
              try {
                parsed = text ? JSON.parse(text) : null;
              } catch {
                // not JSON: kept as text for the error report
              }
              done({ status: res.statusCode ?? 0, body: parsed, ms });
            });
            res.on("error", fail);
          },
        );
        req.on("error", fail);
        if (payload) req.write(payload);
        req.end();
      });
    },
    close: () => agent.destroy(),
  };
}

export type HttpClient = ReturnType<typeof createHttpClient>;
