import { describe, expect, it } from "vitest";
import { suggestionAt } from "@/components/editor/suggestions/suggestion-at";
import { sameEntity } from "@/components/editor/suggestions/same-entity";
import type { SuggestionDTO } from "@/lib/suggestions/suggestion-types";

const s = (kind: SuggestionDTO["kind"], start: number, end: number, exact: string, entityId: string | null = null): SuggestionDTO => ({
  key: `${kind}:${start}:${end}`, kind, start, end, exact, source: "t", entityId, entityType: null, score: 1, reason: "", checkWorthiness: null,
});
const claim = s("CLAIM", 0, 40, "Hamas met Zaheer and Hamas met again.");
const hamas = s("ENTITY_MENTION", 0, 5, "Hamas", "h");
const zaheer = s("ENTITY_MENTION", 10, 16, "Zaheer");
const hamas2 = s("ENTITY_MENTION", 21, 26, "Hamas", "h");
const zaheer2 = s("ENTITY_MENTION", 30, 36, "zaheer");

describe("suggestionAt", () => {
  it("prefers the mention under the caret to the sentence around it, and counts a caret right after a span", () => {
    expect(suggestionAt([claim, hamas, zaheer], 2)).toBe(hamas);
    expect(suggestionAt([claim, hamas, zaheer], 5)).toBe(hamas);
    expect(suggestionAt([claim, hamas, zaheer], 7)).toBe(claim);
    expect(suggestionAt([claim, hamas, zaheer], 45)).toBeNull();
  });
});

describe("sameEntity", () => {
  it("groups by registry entity, else by the same words", () => {
    const all = [claim, hamas, zaheer, hamas2, zaheer2];
    expect(sameEntity(all, hamas)).toEqual([hamas, hamas2]);
    expect(sameEntity(all, zaheer)).toEqual([zaheer, zaheer2]);
    expect(sameEntity(all, claim)).toEqual([claim]);
  });
});
