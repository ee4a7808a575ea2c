import { describe, expect, it } from "vitest";
import { analyzeText } from "@/lib/nlp/analyze-text";
import { normalizeTerm } from "@/lib/nlp/normalize-term";
import { foldSpelling } from "@/lib/nlp/fold-spelling";
import { findAbbreviations, foldAbbreviations } from "@/lib/nlp/find-abbreviations";
import { segmentPassages } from "@/lib/nlp/segment-passages";

describe("lib/nlp", () => {
  it("folds British spellings, derivations and paraphrases onto one term", () => {
    expect(foldSpelling("organised")).toBe("organized");
    expect(foldSpelling("honour")).toBe("honor");
    expect(foldSpelling("stabilisation")).toBe("stabilization");
    expect(normalizeTerm("participation")).toBe(normalizeTerm("participated"));
    expect(normalizeTerm("travelled")).toBe(normalizeTerm("visited"));
    expect(normalizeTerm("footage")).toBe(normalizeTerm("video"));
    expect(normalizeTerm("prior")).toBe(normalizeTerm("before"));
    expect(normalizeTerm("visit")).not.toBe(normalizeTerm("attack"));
  });

  it("keeps content words, drops function words, and reads relative times and numbers", () => {
    const a = analyzeText("In February 2025, he travelled to Kashmir days before the attack that killed 26 tourists.");
    // "before" is a preposition: the relative time carries it.
    expect(a.terms).toEqual(["februari", "visit", "kashmir", "day", "attack", "kill", "tourist"]);
    expect(a.features.dates).toEqual([{ text: "February 2025", month: 2, year: 2025 }]);
    expect(a.features.relativeTimes).toEqual([{ text: "days before", unit: "day", direction: "before", amount: null }]);
    expect(a.features.numbers).toEqual([{ text: "26", value: 26, vague: false, unit: "tourist" }]);
    expect(analyzeText("just a week after the vote").features.relativeTimes).toEqual([{ text: "week after", unit: "week", direction: "after", amount: null }]);
  });

  it("reads 'U.S.', 'US' and 'United States' as one name, never the pronoun 'us'", () => {
    const terms = (t: string) => analyzeText(t).terms;
    expect(terms("the U.S. embassy")).toEqual(terms("the United States embassy"));
    expect(terms("US-designated groups")).toContain(terms("United States")[0]);
    expect(terms("they told us")).toEqual(["say"]);
  });

  it("finds the abbreviations an article defines and folds long forms onto them", () => {
    const text = "The Pakistan Markazi Muslim League (PMML) met. Lashkar-e-Taiba (LeT) and Pakistan-occupied Kashmir (PoK) too. See the report (PDF).";
    const defs = findAbbreviations(text);
    expect([...defs]).toEqual([
      ["PMML", "Pakistan Markazi Muslim League"],
      ["LeT", "Lashkar-e-Taiba"],
      ["PoK", "Pakistan-occupied Kashmir"],
    ]);
    expect(foldAbbreviations("He went to Pakistan-occupied Kashmir and PoK.", defs)).toBe("He went to PoK and PoK.");
  });

  it("segments sentences that contain abbreviations, in code points, never across paragraphs", () => {
    const text = "Dr. Naji Zaheer met U.S. officials in Jan. 2024 😀 at noon. Then he left.\n\nA new paragraph";
    expect(segmentPassages(text)).toEqual([
      // 58 code points (the emoji is one), 59 UTF-16 units.
      { start: 0, end: 58, text: "Dr. Naji Zaheer met U.S. officials in Jan. 2024 😀 at noon." },
      { start: 59, end: 72, text: "Then he left." },
      { start: 74, end: 89, text: "A new paragraph" },
    ]);
  });
});
