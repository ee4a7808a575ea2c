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
