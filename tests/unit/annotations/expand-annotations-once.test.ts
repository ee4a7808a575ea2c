import { describe, expect, it } from "vitest";
import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { compactAnnotations } from "@/lib/annotations/compact/compact-annotations";
import { expandAnnotations } from "@/lib/annotations/compact/expand-annotations";
import { expandAnnotationsOnce } from "@/lib/annotations/compact/expand-annotations-once";
import { annotationFixture } from "../editor/support/annotation-fixture";

describe("expandAnnotationsOnce", () => {
  const index = createCodePointIndex("Hamas leaders met");
  const compact = compactAnnotations([annotationFixture({ prefix: "", suffix: " leaders met" })], index, { id: "article", revision: 1 });

  it("expands a page's list once and gives the same list to every later caller", () => {
    const first = expandAnnotationsOnce(compact, index);
    expect(first).toEqual(expandAnnotations(compact, index));
    expect(expandAnnotationsOnce(compact, createCodePointIndex("Hamas leaders met"))).toBe(first);
  });

  it("expands again for another text or another list", () => {
    const first = expandAnnotationsOnce(compact, index);
    const other = createCodePointIndex("Hamas leaders left");
    expect(expandAnnotationsOnce(compact, other)).not.toBe(first);
    expect(expandAnnotationsOnce(compact, other)[0]?.suffix).toBe(" leaders left");
    expect(expandAnnotationsOnce({ ...compact }, index)).not.toBe(expandAnnotationsOnce(compact, index));
  });
});
