import { describe, expect, it } from "vitest";
import { ghostUnderPointer } from "@/components/editor/suggestions/ghost-under-pointer";
import type { SuggestionDTO } from "@/lib/suggestions/suggestion-types";

const s = (kind: SuggestionDTO["kind"], start: number, end: number, exact: string): SuggestionDTO => ({
  key: `${kind}:${start}:${end}`, kind, start, end, exact, source: "t", entityId: null, entityType: null, score: 1, reason: "", checkWorthiness: null,
});
// "Hamas met Zaheer in Doha." — the sentence [0, 25), Hamas [0, 5), Zaheer [10, 16), Doha [20, 24).
const claim = s("CLAIM", 0, 25, "Hamas met Zaheer in Doha.");
const hamas = s("ENTITY_MENTION", 0, 5, "Hamas");
const zaheer = s("ENTITY_MENTION", 10, 16, "Zaheer");
const doha = s("ENTITY_MENTION", 20, 24, "Doha");
const all = [claim, hamas, zaheer, doha];

describe("ghostUnderPointer", () => {
  it("answers the mention whose characters include the clicked one, first to last", () => {
    expect(ghostUnderPointer(all, 0)).toBe(hamas);
    expect(ghostUnderPointer(all, 4)).toBe(hamas);
    expect(ghostUnderPointer(all, 10)).toBe(zaheer);
    expect(ghostUnderPointer(all, 23)).toBe(doha);
  });

  it("not the character just after a mention (a caret there still focuses it; a click is on the next character)", () => {
    expect(ghostUnderPointer(all, 5)).toBeNull();
    expect(ghostUnderPointer(all, 16)).toBeNull();
    expect(ghostUnderPointer(all, 24)).toBeNull();
  });

  it("never a suggested claim: a click inside a check-worthy sentence only places the caret", () => {
    expect(ghostUnderPointer(all, 7)).toBeNull();
    expect(ghostUnderPointer([claim], 2)).toBeNull();
  });
});
