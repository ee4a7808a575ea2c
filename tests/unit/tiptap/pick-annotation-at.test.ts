import { describe, expect, it } from "vitest";
import { pickAnnotationAt } from "@/lib/tiptap/annotation-highlights/utils/pick-annotation-at";
import { rankInnermost } from "@/lib/tiptap/annotation-highlights/utils/rank-innermost";

const claim = { id: "claim", start: 0, end: 40 };
const mention = { id: "mention", start: 10, end: 16 };
const overlapping = { id: "other-claim", start: 12, end: 60 };

describe("rankInnermost", () => {
  it("puts the shortest span first, then the later start, then the id", () => {
    expect(rankInnermost([claim, overlapping, mention]).map((s) => s.id)).toEqual(["mention", "claim", "other-claim"]);
    const twin = { id: "a-twin", start: 10, end: 16 };
    expect(rankInnermost([mention, twin]).map((s) => s.id)).toEqual(["a-twin", "mention"]);
    const later = { id: "z", start: 11, end: 17 };
    expect(rankInnermost([mention, later]).map((s) => s.id)).toEqual(["z", "mention"]);
  });
});

describe("pickAnnotationAt", () => {
  const hits = [claim, overlapping, mention];

  it("picks the innermost span when nothing under the point is selected", () => {
    expect(pickAnnotationAt(hits, null)?.id).toBe("mention");
    expect(pickAnnotationAt(hits, "unrelated")?.id).toBe("mention");
  });

  it("cycles outwards on repeated clicks and wraps round", () => {
    expect(pickAnnotationAt(hits, "mention")?.id).toBe("claim");
    expect(pickAnnotationAt(hits, "claim")?.id).toBe("other-claim");
    expect(pickAnnotationAt(hits, "other-claim")?.id).toBe("mention");
  });

  it("answers null for empty space", () => {
    expect(pickAnnotationAt([], "claim")).toBeNull();
  });
});
