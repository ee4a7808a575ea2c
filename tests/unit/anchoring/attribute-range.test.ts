import { describe, expect, it } from "vitest";
import { attributeRange } from "@/lib/anchoring/attribute-range";
import { nearestRange } from "@/lib/anchoring/nearest-range";
import type { TextEdit } from "@/lib/anchoring/types";

describe("attributeRange", () => {
  // old "aaa BBB ccc" → new "aaa XX ccc": "BBB" [4, 7) replaced by "XX" [4, 6).
  const edits: TextEdit[] = [{ oldStart: 4, oldEnd: 7, newStart: 4, newEnd: 6 }];

  it("counts characters kept from inside the old span as own", () => {
    // Annotation on old "aaa BBB" [0, 7); candidate new "aaa XX" [0, 6): "aaa " is own, "XX" inserted.
    expect(attributeRange(edits, { start: 0, end: 7 }, { start: 0, end: 6 }, 10)).toEqual({ own: 4, foreign: 0 });
  });

  it("counts characters kept from elsewhere as foreign", () => {
    // Annotation on old "BBB" [4, 7); candidate new " ccc" [6, 10) is old [7, 11).
    expect(attributeRange(edits, { start: 4, end: 7 }, { start: 6, end: 10 }, 10)).toEqual({ own: 0, foreign: 4 });
  });

  it("works without edits", () => {
    expect(attributeRange([], { start: 2, end: 5 }, { start: 0, end: 4 }, 10)).toEqual({ own: 2, foreign: 2 });
  });
});

describe("nearestRange", () => {
  const ranges = [
    { start: 0, end: 2 },
    { start: 10, end: 12 },
    { start: 20, end: 22 },
  ];

  it("picks the range starting nearest the hint, the first on a tie or without a hint", () => {
    expect(nearestRange(ranges, 14)).toEqual({ start: 10, end: 12 });
    expect(nearestRange(ranges, 15)).toEqual({ start: 10, end: 12 });
    expect(nearestRange(ranges)).toEqual({ start: 0, end: 2 });
    expect(nearestRange([], 3)).toBeUndefined();
  });
});
