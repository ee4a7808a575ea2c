import { describe, expect, it } from "vitest";
import { splitWords } from "@/lib/clusters/compare/split-words";
import { wordSimilarity } from "@/lib/clusters/compare/word-similarity";
import { countIndependentSources, SYNDICATED_SIMILARITY } from "@/lib/clusters/count-independent-sources";
import { member } from "./compare-members";

const wire = "Senior Hamas commander Naji Zaheer met Lashkar-e-Taiba commander Rashid Ali Sandhu at an event in Gujranwala, officials said on Monday.";
// The same wire story as another outlet ran it, lightly edited ("leader" for
// "commander", "a rally" for "an event").
const syndicated = "Senior Hamas leader Naji Zaheer met Lashkar-e-Taiba commander Rashid Ali Sandhu at a rally in Gujranwala, officials said on Monday.";
// The same fact, reported independently in other words.
const paraphrase = "A video from Gujranwala shows Zaheer, who represents Hamas in Pakistan, on stage with the LeT figure Sandhu.";

describe("wordSimilarity", { timeout: 0 }, () => {
  it("is twice the shared words in order over the total (hand-computed)", () => {
    // a: the cat sat on the mat (6); b: the cat lay on the mat (6); shared in
    // order: the cat on the mat (5) → 10 / 12.
    expect(wordSimilarity(splitWords("The cat sat on the mat."), splitWords("the cat lay on the mat"))).toBeCloseTo(10 / 12, 10);
    expect(wordSimilarity(splitWords("a b c"), splitWords("d e"))).toBe(0);
    expect(wordSimilarity(splitWords("Hamas’ leader"), splitWords("hamas' LEADER"))).toBe(1);
  });

  it("puts wire copy with two words changed above the threshold and a paraphrase below", () => {
    // 22 words each ("Lashkar-e-Taiba" is three), 19 shared in order → 38 / 44.
    expect(wordSimilarity(splitWords(wire), splitWords(syndicated))).toBeCloseTo(38 / 44, 10);
    expect(wordSimilarity(splitWords(wire), splitWords(syndicated))).toBeGreaterThanOrEqual(SYNDICATED_SIMILARITY);
    expect(wordSimilarity(splitWords(wire), splitWords(paraphrase))).toBeLessThan(SYNDICATED_SIMILARITY);
  });
});

describe("countIndependentSources", { timeout: 0 }, () => {
  it("counts syndicated copy in two outlets once", () => {
    expect(countIndependentSources([member("a", wire), member("b", syndicated)])).toEqual({ count: 1, groups: [["a", "b"]] });
  });

  it("counts two outlets saying the same fact in their own words twice", () => {
    expect(countIndependentSources([member("a", wire), member("b", paraphrase)])).toEqual({ count: 2, groups: [["a"], ["b"]] });
  });

  it("groups copy and keeps independent reports apart, in the members' order", () => {
    const members = [member("a", wire), member("b", paraphrase), member("c", syndicated)];
    expect(countIndependentSources(members)).toEqual({ count: 2, groups: [["a", "c"], ["b"]] });
  });

  it("counts members from the same article once, whatever their wording", () => {
    const members = [member("a", wire, "article-1"), member("b", paraphrase, "article-1"), member("c", "Sandhu was there too.", "article-2")];
    expect(countIndependentSources(members)).toEqual({ count: 2, groups: [["a", "b"], ["c"]] });
  });

  it("groups transitively: a copy of a copy is the same source", () => {
    const first = "Officials said twelve people were killed when the bridge collapsed in the northern city late on Sunday night.";
    const second = "Officials said twelve people died when the bridge collapsed in the northern city late on Sunday night.";
    const third = "Officials said twelve people died when the old bridge collapsed in the northern town late on Sunday night.";
    const result = countIndependentSources([member("a", first), member("b", second), member("c", third)]);
    expect(result).toEqual({ count: 1, groups: [["a", "b", "c"]] });
  });

  it("has no sources without members", () => {
    expect(countIndependentSources([])).toEqual({ count: 0, groups: [] });
  });
});
