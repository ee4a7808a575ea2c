import { describe, expect, it } from "vitest";
import { uncoveredSuggestions } from "@/components/editor/suggestions/uncovered-suggestions";
import type { SuggestionDTO } from "@/lib/suggestions/suggestion-types";

const s = (kind: SuggestionDTO["kind"], start: number, end: number): SuggestionDTO => ({
  key: `${kind}:${start}:${end}`, kind, start, end, exact: "x", source: "t", entityId: null, entityType: null, score: 1, reason: "", checkWorthiness: null,
});
const a = (kind: SuggestionDTO["kind"], start: number, end: number) => ({ kind, start, end });
const keys = (list: readonly SuggestionDTO[]) => list.map((x) => x.key);

describe("uncoveredSuggestions", () => {
  it("drops a suggestion sharing a character with an annotation of its kind; touching ends do not count", () => {
    const mine = [a("ENTITY_MENTION", 10, 20)];
    const offered = [s("ENTITY_MENTION", 0, 10), s("ENTITY_MENTION", 5, 11), s("ENTITY_MENTION", 19, 25), s("ENTITY_MENTION", 20, 30), s("ENTITY_MENTION", 12, 14)];
    // [0,10) ends where the annotation starts; [20,30) starts where it ends.
    expect(keys(uncoveredSuggestions(offered, new Set(), mine))).toEqual(["ENTITY_MENTION:0:10", "ENTITY_MENTION:20:30"]);
  });

  it("sees a long annotation that starts early and reaches past shorter later ones", () => {
    // Sorted by start: [0,100), [5,8), [50,52). A suggestion at [60,70) overlaps
    // only the first, which is not the last one starting before 70.
    const mine = [a("CLAIM", 50, 52), a("CLAIM", 0, 100), a("CLAIM", 5, 8)];
    expect(keys(uncoveredSuggestions([s("CLAIM", 60, 70), s("CLAIM", 100, 120)], new Set(), mine))).toEqual(["CLAIM:100:120"]);
  });

  it("compares kinds apart, and leaves dismissed suggestions out", () => {
    const mine = [a("CLAIM", 0, 50)];
    const mention = s("ENTITY_MENTION", 10, 15);
    const claim = s("CLAIM", 10, 40);
    const later = s("ENTITY_MENTION", 60, 65);
    expect(uncoveredSuggestions([claim, mention, later], new Set([later.key]), mine)).toEqual([mention]);
  });

  it("keeps everything when the person has no annotations", () => {
    const offered = [s("CLAIM", 0, 5), s("ENTITY_MENTION", 1, 2)];
    expect(uncoveredSuggestions(offered, new Set(), [])).toEqual(offered);
  });
});
