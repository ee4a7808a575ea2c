import { describe, expect, it } from "vitest";
import { parseEventCursor } from "@/lib/realtime/parse-event-cursor";

describe("parseEventCursor", () => {
  it("prefers Last-Event-ID over ?after= and normalises the number", () => {
    expect(parseEventCursor("42", "7")).toBe("42");
    expect(parseEventCursor(null, "007")).toBe("7");
    expect(parseEventCursor("", "8")).toBe("8");
    expect(parseEventCursor(null, null)).toBeNull();
    expect(parseEventCursor("  ", "")).toBeNull();
  });

  it("refuses anything that is not an event id", () => {
    for (const bad of ["-1", "1.5", "12abc", "1e3", "99999999999999999999", "0x10"]) expect(parseEventCursor(null, bad)).toBe("invalid");
  });
});
