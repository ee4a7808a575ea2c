import { describe, expect, it } from "vitest";
import { createSseParser } from "@/lib/realtime/create-sse-parser";

describe("createSseParser", () => {
  it("assembles frames split across chunks, skips comments and retry-only blocks, joins data lines", () => {
    const parse = createSseParser();
    expect(parse("retry: 2000\nevent: hello\ndata: {\"connectionId\":")).toEqual([]);
    expect(parse("\"c\"}\n\n: keep-alive\n\nid: 5\ndata: a\ndata: b\n\nretry: 1\n\n")).toEqual([
      { event: "hello", id: null, data: '{"connectionId":"c"}' },
      { event: "message", id: "5", data: "a\nb" },
    ]);
    expect(parse("event: presence\ndata:{}\n")).toEqual([]);
    expect(parse("\n")).toEqual([{ event: "presence", id: null, data: "{}" }]);
  });
});
