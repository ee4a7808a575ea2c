import { describe, expect, it } from "vitest";
import { findSentenceStarts } from "@/lib/nlp/find-sentence-starts";
import { nlpEngine } from "@/lib/nlp/nlp-engine";

describe("findSentenceStarts", () => {
  it("does not cut after abbreviations; a line break always ends a sentence (hand-computed offsets)", () => {
    const text = "Dr. Naji Zaheer met Mr. Sandhu. Both left\nA new line. U.S. Sen. Smith spoke.";
    //            0                              32            42          54
    expect(findSentenceStarts(text)).toEqual([0, 32, 42, 54]);
  });

  it("gives the full wink-nlp pipeline's sentences", () => {
    const text = "Hamas commander Dr. Naji Zaheer spoke in Jan. 2024 at 5 p.m. Then he left! Why? Nobody knows.";
    const starts = findSentenceStarts(text);
    const sentences = starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length).trim());
    expect(sentences).toEqual(nlpEngine().readDoc(text).sentences().out());
  });
});
