import { describe, expect, it } from "vitest";
import { scoreBlock } from "@/lib/import/score-block";

const english = { english: true };

describe("scoreBlock", () => {
  it("scores a short prose sentence as content", () => {
    // 77 chars (+1), ends with "." (+2), 14 words of which 7 are stopwords
    // (the, said, on, that, the, would, in: 0.50, +1).
    const text = "The port authority said on Tuesday that the new terminal would open in March.";
    expect(scoreBlock({ text, kind: "paragraph" }, english)).toEqual({
      score: 4,
      signals: [
        { label: "77 chars", weight: 1 },
        { label: "ends like a sentence", weight: 2 },
        { label: "stopword density 0.50", weight: 1 },
      ],
    });
  });

  it("scores a button label negatively", () => {
    // 7 chars (−1), 2 words (−2)
    expect(scoreBlock({ text: "Buy now", kind: "paragraph" }, english).score).toBe(-3);
  });

  it("penalises a run of names without function words", () => {
    // 48 chars (no length signal), 7 words, 0 stopwords (−2)
    expect(scoreBlock({ text: "Pakistan Hamas LeT Gujranwala Sandhu Zaheer PMML", kind: "paragraph" }, english)).toEqual({
      score: -2,
      signals: [{ label: "stopword density 0.00 (not prose)", weight: -2 }],
    });
  });

  it("gives no stopword signal when the text is not English", () => {
    const text = "Der Hafen wird im März eröffnet, nach zwei Jahren Verzögerung.";
    expect(scoreBlock({ text, kind: "paragraph" }, { english: false }).signals.map((s) => s.label)).toEqual([
      `${text.length} chars`,
      "ends like a sentence",
    ]);
  });

  it("penalises stacked menu items", () => {
    // 16 chars (−1), 3 words (−2), 3 short lines without a sentence (−2)
    expect(scoreBlock({ text: "Home\nWorld\nSport", kind: "paragraph" }, english).score).toBe(-5);
  });

  it("penalises link text in HTML blocks", () => {
    // 16 chars (−1), 3 words (−2), 60 % link text (−4)
    expect(scoreBlock({ text: "Port strike ends", kind: "paragraph", linkDensity: 0.6 }, english).score).toBe(-7);
    expect(scoreBlock({ text: "Port strike ends", kind: "paragraph", linkDensity: 0.35 }, english).score).toBe(-5);
  });
});
