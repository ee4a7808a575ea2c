import { describe, expect, it } from "vitest";
import { applyBlockChoices } from "@/lib/import/apply-block-choices";
import { rebuildText } from "@/lib/import/rebuild-text";
import type { ImportBlock } from "@/lib/import/types";

const block = (index: number, text: string, kept: boolean): ImportBlock => ({
  index,
  text,
  kind: "paragraph",
  kept,
  rule: kept ? "content" : "boilerplate",
  reason: "",
  score: 0,
});

describe("applyBlockChoices + rebuildText", () => {
  const blocks = [block(0, "Headline", false), block(1, "First.", true), block(2, "Share", false), block(3, "Second.", true)];

  it("rebuilds the classifier's text when there are no choices", () => {
    expect(rebuildText(applyBlockChoices(blocks, {}))).toBe("First.\n\nSecond.");
  });

  it("brings back a removed block and drops a kept one", () => {
    const chosen = applyBlockChoices(blocks, { 0: true, 3: false });
    expect(rebuildText(chosen)).toBe("Headline\n\nFirst.");
    expect(chosen[0]).toMatchObject({ kept: true, rule: "boilerplate" });
  });

  it("leaves the input untouched", () => {
    applyBlockChoices(blocks, { 1: false });
    expect(blocks[1]?.kept).toBe(true);
  });

  it("gives the empty string when nothing is kept", () => {
    expect(rebuildText(applyBlockChoices(blocks, { 1: false, 3: false }))).toBe("");
  });
});
