import { describe, expect, it } from "vitest";
import { compareDates } from "@/lib/clusters/candidates/compare-dates";
import { compareRelativeTimes } from "@/lib/clusters/candidates/compare-relative-times";
import { compareNumbers } from "@/lib/clusters/candidates/compare-numbers";
import { createEntityMatcher } from "@/lib/clusters/candidates/find-entity-ids";
import { createFeatureScorer, featureWeights } from "@/lib/clusters/candidates/create-feature-scorer";
import { diversifyByArticle } from "@/lib/clusters/candidates/diversify-by-article";
import { countTermDeltas } from "@/lib/server/passage/count-term-deltas";
import { emptyFeatures } from "@/lib/nlp/passage-features";
import type { ScoringDoc } from "@/lib/clusters/candidates/candidate-scorer";

describe("candidate scoring pieces", () => {
  it("dates: compatible parts match (weighted by precision); same precision, other value conflicts", () => {
    expect(compareDates([{ text: "February 2025", year: 2025, month: 2 }], [{ text: "February 5, 2025", year: 2025, month: 2, day: 5 }])).toEqual({
      match: true, query: "February 2025", candidate: "February 5, 2025", weight: 0.7,
    });
    expect(compareDates([{ text: "January 2024", year: 2024, month: 1 }], [{ text: "November 2023", year: 2023, month: 11 }])).toEqual({
      match: false, query: "January 2024", candidate: "November 2023", weight: 0.5,
    });
    expect(compareDates([{ text: "2023", year: 2023 }], [{ text: "2021", year: 2021 }])).toBeNull();
  });

  it("relative times: 'days before' vs 'weeks prior' conflict, 'a week after' vs 'one week after' match, opposite directions say nothing", () => {
    const days = { text: "days before", unit: "day", direction: "before", amount: null } as const;
    const weeks = { text: "weeks prior", unit: "week", direction: "before", amount: null } as const;
    expect(compareRelativeTimes([days], [weeks])).toEqual({ match: false, query: "days before", candidate: "weeks prior" });
    expect(compareRelativeTimes([{ text: "a week after", unit: "week", direction: "after", amount: 1 }], [{ text: "one week after", unit: "week", direction: "after", amount: 1 }])).toEqual({
      match: true, query: "a week after", candidate: "one week after",
    });
    expect(compareRelativeTimes([days], [{ ...weeks, direction: "after" }])).toBeNull();
  });

  it("numbers: equal counts match, vague ones by magnitude, same unit with another value conflicts", () => {
    const n = (text: string, value: number, unit: string | null, vague = false) => ({ text, value, unit, vague });
    expect(compareNumbers([n("30", 30, "tourist")], [n("around 30", 30, "tourist", true)])?.match).toBe(true);
    expect(compareNumbers([n("30", 30, "tourist")], [n("26", 26, "tourist")])).toEqual({ match: false, query: "30", candidate: "26" });
    expect(compareNumbers([n("dozens", 24, "peopl", true)], [n("30", 30, "peopl")])?.match).toBe(true);
    expect(compareNumbers([n("30", 30, "tourist")], [n("166", 166, "peopl")])).toBeNull();
  });

  it("entities by name or alias; short aliases only in their own case", () => {
    const matcher = createEntityMatcher([
      { id: "let", name: "Lashkar-e-Taiba", aliases: ["LeT", "Lashkar"] },
      { id: "z", name: "Naji Zaheer", aliases: ["Zaheer"] },
    ]);
    expect(matcher.find("LeT and zaheer met")).toEqual(["let", "z"]);
    expect(matcher.find("let them meet lashkar-e-taiba")).toEqual(["let"]);
    expect(matcher.find("Let them go")).toEqual([]);
  });

  it("the feature score, computed by hand for a two-term case", () => {
    const idf = new Map([["visit", 1], ["kashmir", 3], ["rally", 2]]);
    const context = { idf: (t: string) => idf.get(t) ?? 0, entityName: (id: string) => id.toUpperCase(), entityWeight: () => 0.5 };
    const query: ScoringDoc = { text: "q", terms: ["visit", "kashmir"], entityIds: ["k"], features: emptyFeatures };
    const candidate: ScoringDoc = { text: "c", terms: ["kashmir", "rally"], entityIds: ["k"], features: emptyFeatures };
    const [result] = createFeatureScorer().score(query, [candidate], context);
    // words: 3 / sqrt((1+3)·(3+2)) = 0.6708; one shared entity of weight 0.5; no dates or numbers.
    const expected = featureWeights.words * (3 / Math.sqrt(20)) + featureWeights.entities * 0.5;
    expect(result!.score).toBeCloseTo(expected, 3);
    expect(result!.reasons).toEqual([{ kind: "shared-words", words: ["kashmir"] }, { kind: "shared-entity", entityId: "k", name: "K" }]);
  });

  it("a conflicting relative time still raises the score, less than an agreeing one", () => {
    const context = { idf: () => 1, entityName: (id: string) => id, entityWeight: () => 1 };
    const rel = (text: string, unit: "day" | "week") => ({ ...emptyFeatures, relativeTimes: [{ text, unit, direction: "before" as const, amount: null }] });
    const query: ScoringDoc = { text: "q", terms: ["visit", "kashmir"], entityIds: [], features: rel("days before", "day") };
    const same: ScoringDoc = { ...query, text: "s" };
    const conflicting: ScoringDoc = { ...query, text: "c", features: rel("weeks prior", "week") };
    const none: ScoringDoc = { ...query, text: "n", features: emptyFeatures };
    const [a, b, c] = createFeatureScorer().score(query, [same, conflicting, none], context).map((r) => r.score);
    expect(a).toBeGreaterThan(b!);
    expect(b).toBeGreaterThan(c!);
  });

  it("diversifies: a second sentence of one article yields to a slightly weaker first one of another", () => {
    const ranked = diversifyByArticle([
      { articleId: "a", start: 0, score: 0.6 },
      { articleId: "a", start: 9, score: 0.55 },
      { articleId: "b", start: 0, score: 0.5 },
      { articleId: "c", start: 0, score: 0.2 },
    ]);
    // a2's key is 0.55 · 0.8 = 0.44 < 0.5.
    expect(ranked.map((r) => `${r.articleId}${r.start}`)).toEqual(["a0", "b0", "a9", "c0"]);
  });

  it("term deltas count passages per term, sorted, zeros left out", () => {
    expect(countTermDeltas(["visit kashmir", "rally"], ["visit visit", "kashmir rally", "rally"])).toEqual([
      { term: "", delta: 1 },
      { term: "rally", delta: 1 },
    ]);
  });
});
