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
  it("reads each kind as a phrase with its words", () => {
    expect(describeCandidateReason({ kind: "shared-words", words: ["raid", "Gujranwala"] })).toEqual({ text: "Shared words: raid, Gujranwala", tone: "agree" });
    expect(describeCandidateReason({ kind: "shared-entity", entityId: "e1", name: "Lashkar-e-Taiba" })).toEqual({ text: "Same name: Lashkar-e-Taiba", tone: "agree" });
    expect(describeCandidateReason({ kind: "paraphrase", query: "travelled", candidate: "visited" })).toEqual({ text: "Same meaning: “travelled” ~ “visited”", tone: "agree" });
    expect(describeCandidateReason({ kind: "cluster", clusterId: "c1" })).toEqual({ text: "Already in a cluster", tone: "neutral" });
  });
  it("tells matching from conflicting dates and numbers", () => {
    expect(describeCandidateReason({ kind: "date", match: true, query: "February 2025", candidate: "February 2025" })).toEqual({ text: "Same date: February 2025", tone: "agree" });
    expect(describeCandidateReason({ kind: "date", match: false, query: "days before", candidate: "weeks prior" })).toEqual({ text: "Different date: days before ≠ weeks prior", tone: "conflict" });
    expect(describeCandidateReason({ kind: "number", match: false, query: "30", candidate: "26" })).toEqual({ text: "Different number: 30 ≠ 26", tone: "conflict" });
  });
});
