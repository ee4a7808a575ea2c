import { describe, expect, it } from "vitest";
import { outermostSpans } from "@/lib/export/outermost-spans";

const span = (id: string, start: number, end: number) => ({ id, start, end });

describe("outermostSpans", () => {
  it("keeps the outermost of nested spans, whatever the input order", () => {
    expect(outermostSpans([span("inner", 10, 15), span("outer", 2, 15), span("same-start", 2, 8)]).map((s) => s.id)).toEqual(["outer"]);
  });

  it("keeps the earlier of two crossing spans", () => {
    expect(outermostSpans([span("b", 32, 42), span("a", 28, 37)]).map((s) => s.id)).toEqual(["a"]);
  });

  it("keeps adjacent spans, drops empty ones, breaks exact ties by id", () => {
    expect(outermostSpans([span("c", 5, 9), span("z", 0, 5), span("e", 3, 3), span("y", 0, 5)]).map((s) => s.id)).toEqual(["y", "c"]);
  });
});
