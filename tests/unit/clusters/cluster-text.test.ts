import { describe, expect, it } from "vitest";
import { clusterTitleOf } from "@/components/clusters/cluster-title-of";
import { describeCandidateReason } from "@/components/clusters/describe-candidate-reason";

describe("clusterTitleOf", () => {
  it("keeps short claims whole, with spaces collapsed", () => {
    expect(clusterTitleOf("  Police raided\n the house  ")).toBe("Police raided the house");
  });
  it("cuts long claims at a word boundary before 80 characters", () => {
    const text = "The minister said on Tuesday that the new bridge would open in March after three years of delays, costing more";
    const title = clusterTitleOf(text);
    expect(title).toBe("The minister said on Tuesday that the new bridge would open in March after three…");
    expect(title.length).toBeLessThanOrEqual(81);
  });
});

describe("describeCandidateReason", () => {
  it("reads known kinds as phrases with their words", () => {
    expect(describeCandidateReason({ kind: "shared-words", words: ["raid", "Gujranwala"] })).toEqual({ text: "Shared words: raid, Gujranwala", tone: "agree" });
    expect(describeCandidateReason({ kind: "conflicting-date", ours: "Monday", theirs: "Tuesday" })).toEqual({ text: "Different date: Monday ≠ Tuesday", tone: "conflict" });
    expect(describeCandidateReason({ kind: "entities", entities: [{ text: "LeT" }] })).toEqual({ text: "Same names: LeT", tone: "agree" });
  });
  it("passes phrases through and humanises unknown kinds", () => {
    expect(describeCandidateReason("same number 300")).toEqual({ text: "same number 300", tone: "neutral" });
    expect(describeCandidateReason({ kind: "topicOverlap", detail: "elections" })).toEqual({ text: "Topic overlap: elections", tone: "neutral" });
  });
});

import { differingWordRanges } from "@/components/clusters/differing-word-ranges";

describe("differingWordRanges", () => {
  it("marks the words one wording has and another lacks, in code points", () => {
    const [a, b] = differingWordRanges(["They met on Monday", "They met on Tuesday"]);
    expect(a).toEqual([{ start: 12, end: 18 }]);
    expect(b).toEqual([{ start: 12, end: 19 }]);
  });
  it("counts astral characters as one code point and ignores case", () => {
    const [a, b] = differingWordRanges(["😀 Police RAIDED it", "police raided 3 homes"]);
    // "it" starts after the emoji (1 code point), a space, "Police", space, "RAIDED", space.
    expect(a).toEqual([{ start: 16, end: 18 }]);
    expect(b).toEqual([{ start: 14, end: 15 }, { start: 16, end: 21 }]);
  });
  it("marks nothing for a single text", () => {
    expect(differingWordRanges(["alone"])).toEqual([[]]);
  });
});
