import { describe, expect, it } from "vitest";
import { readJsonBody } from "@/lib/http/read-json-body";
import { AppError } from "@/lib/errors/app-error";

function post(contentType: string | null, body = '{"a":1}'): Request {
  const headers = new Headers();
  if (contentType !== null) headers.set("content-type", contentType);
  return new Request("http://localhost/api/x", { method: "POST", headers, body });
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "none";
  } catch (error) {
    return error instanceof AppError ? error.code : "other";
  }
}

describe("readJsonBody", () => {
  it("reads application/json with or without parameters, in any case", async () => {
    expect(await readJsonBody(post("application/json"))).toEqual({ a: 1 });
    expect(await readJsonBody(post("application/json; charset=utf-8"))).toEqual({ a: 1 });
    expect(await readJsonBody(post("Application/JSON"))).toEqual({ a: 1 });
  });

  it("refuses types that merely contain application/json (a CORS-simple text/plain from another page)", async () => {
    expect(await codeOf(readJsonBody(post("text/plain; application/json")))).toBe("BAD_REQUEST");
    expect(await codeOf(readJsonBody(post("text/plain;application/json")))).toBe("BAD_REQUEST");
    expect(await codeOf(readJsonBody(post("application/x-www-form-urlencoded; x=application/json")))).toBe("BAD_REQUEST");
    expect(await codeOf(readJsonBody(post("application/json-seq")))).toBe("BAD_REQUEST");
    expect(await codeOf(readJsonBody(post(null)))).toBe("BAD_REQUEST");
  });
});
