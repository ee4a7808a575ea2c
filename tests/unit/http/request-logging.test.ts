import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/http/route-handler";
import { createLogger, replaceLogger } from "@/lib/log/logger";

// Issue 14, operations: every API request is one JSON log line with a request
// id that the response carries; unexpected errors are logged with that id and
// answered 500 without internals; an unreachable database answers 503.
process.env.NEXTAUTH_SECRET ??= "unit-tests-secret-not-used-for-anything-real";

function capture(): { lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  process.env.LOG_LEVEL = "info";
  replaceLogger(createLogger(sink));
  return { lines };
}

afterEach(() => replaceLogger(undefined));

const get = (headers: Record<string, string> = {}) => new Request("http://localhost/api/projects/demo/articles", { headers });
const ctx = { params: Promise.resolve({ slug: "demo" }) };

describe("request logging", () => {
  it("logs method, path, status and duration with the id the response carries", async () => {
    const log = capture();
    const response = await routeHandler(async () => Response.json({ ok: true }))(get(), ctx);
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((r) => setImmediate(r));
    expect(log.lines).toEqual([expect.objectContaining({ level: 30, msg: "request", requestId: id, method: "GET", path: "/api/projects/demo/articles", status: 200, service: "claimdesk" })]);
    expect(typeof log.lines[0]?.ms).toBe("number");
  });

  it("keeps a proxy's plain request id and replaces anything else", async () => {
    capture();
    const kept = await routeHandler(async () => Response.json({}))(get({ "x-request-id": "edge-1234abcd" }), ctx);
    expect(kept.headers.get("x-request-id")).toBe("edge-1234abcd");
    const replaced = await routeHandler(async () => Response.json({}))(get({ "x-request-id": "<script>" }), ctx);
    expect(replaced.headers.get("x-request-id")).not.toBe("<script>");
  });

  it("answers 4xx for the user's mistakes without an error line", async () => {
    const log = capture();
    const response = await routeHandler(async () => {
      throw new AppError("BAD_REQUEST", "Name is required.");
    })(get(), ctx);
    expect(response.status).toBe(400);
    await new Promise((r) => setImmediate(r));
    expect(log.lines.map((l) => l.msg)).toEqual(["request"]);
  });

  it("logs an unexpected error with its id and stack, and tells the client only the id", async () => {
    const log = capture();
    const response = await routeHandler(async () => {
      throw new Error("secret internal detail");
    })(get({ authorization: "Bearer cd_secret" }), ctx);
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: { message: string } };
    const id = response.headers.get("x-request-id") as string;
    expect(body.error.message).toBe(`Something went wrong (request ${id}).`);
    await new Promise((r) => setImmediate(r));
    const error = log.lines.find((l) => l.msg === "unexpected error");
    expect(error).toMatchObject({ level: 50, requestId: id, err: { message: "secret internal detail" } });
    expect(JSON.stringify(log.lines)).not.toContain("cd_secret");
  });

  it("answers 503 with Retry-After when the database cannot be reached", async () => {
    capture();
    const response = await routeHandler(async () => {
      throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    })(get(), ctx);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("UNAVAILABLE");
  });
});
