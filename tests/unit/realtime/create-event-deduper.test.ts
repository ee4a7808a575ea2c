import { describe, expect, it } from "vitest";
import { createEventDeduper } from "@/lib/realtime/create-event-deduper";

describe("createEventDeduper", () => {
  it("accepts each id once, in any order, and tracks the highest as the resume point", () => {
    const d = createEventDeduper("10");
    expect(d.highWater()).toBe("10");
    expect(d.accept("12")).toBe(true);
    expect(d.accept("12")).toBe(false);
    // 11 was taken before 12 but committed after it: still new.
    expect(d.accept("11")).toBe(true);
    expect(d.accept("11")).toBe(false);
    expect(d.highWater()).toBe("12");
    // A catch-up re-sends the window 9..12: only 9 is new (the page had
    // nothing about it beyond its starting point, so the store decides).
    expect(["9", "11", "12", "13"].map((id) => d.accept(id))).toEqual([true, false, false, true]);
    expect(d.highWater()).toBe("13");
  });

  it("starts with no cursor and compares ids as numbers, not strings", () => {
    const d = createEventDeduper(null);
    expect(d.highWater()).toBeNull();
    expect(d.accept("9")).toBe(true);
    expect(d.accept("10")).toBe(true);
    expect(d.highWater()).toBe("10");
    expect(d.accept("9007199254740993")).toBe(true);
    expect(d.highWater()).toBe("9007199254740993");
  });

  it("forgets the oldest half beyond its capacity and treats anything at or below them as seen", () => {
    const d = createEventDeduper(null, 4);
    for (const id of ["1", "2", "3", "4"]) expect(d.accept(id)).toBe(true);
    expect(d.accept("5")).toBe(true); // 5 held → forget 1..3, keep 4, 5
    expect(d.accept("2")).toBe(false);
    expect(d.accept("3")).toBe(false);
    expect(d.accept("4")).toBe(false);
    expect(d.accept("6")).toBe(true);
  });
});
