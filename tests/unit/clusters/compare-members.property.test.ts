import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffMemberWords } from "@/lib/clusters/compare/diff-member-words";
import { countIndependentSources } from "@/lib/clusters/count-independent-sources";
import { findClusterDifferences } from "@/lib/clusters/find-cluster-differences";
import { member } from "./compare-members";

// Comparing runs compromise per member (milliseconds each), so these tests
// run without a time limit: a busy machine must not fail them.
// Words that exercise the extractors, mixed with arbitrary text (emoji,
// control characters, lone surrogates) so that odd input never breaks them.
const vocabulary = ["12", "three", "people", "days", "before", "weeks", "prior", "after", "on", "March", "14", "2024", "Tuesday", "Zaheer", "Naji", "in", "Quetta", "Karachi", "not", "dozens", "of", "%", "-", ",", ".", "😀", "LeT", "Lashkar-e-Taiba", "January", "2-5"];
const text = fc.oneof(
  fc.array(fc.constantFrom(...vocabulary), { maxLength: 25 }).map((words) => words.join(" ")),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: fc.constantFrom("a", " ", "\ud83d", "\ude00", "\ud83d\ude00", "12", "March"), maxLength: 20 }),
);

describe("comparing members never breaks on odd input", { timeout: 0 }, () => {
  it("differences mark words that sit at their code-point offsets", () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (texts) => {
        const members = texts.map((t, i) => member(`m${i}`, t));
        for (const difference of findClusterDifferences(members)) {
          expect(difference.sides.length).toBeGreaterThanOrEqual(2);
          for (const side of difference.sides) {
            const own = members.find((m) => m.memberId === side.memberId)?.text ?? "";
            expect([...own].slice(side.start, side.end).join("")).toBe(side.words);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it("word diff segments cover each text exactly, in order", () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (texts) => {
        const diffs = diffMemberWords(texts.map((t, i) => ({ memberId: `m${i}`, text: t })));
        diffs.forEach((diff, i) => {
          const own = texts[i] ?? "";
          expect(diff.segments.map((segment) => segment.text).join("")).toBe(own);
          let at = 0;
          for (const segment of diff.segments) {
            expect(segment.start).toBe(at);
            at = segment.end;
          }
          expect(at).toBe([...own].length);
        });
      }),
      { numRuns: 60 },
    );
  });

  it("independent sources partition the members", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), (texts) => {
        const members = texts.map((t, i) => member(`m${i}`, t, `article-${i % 3}`));
        const { count, groups } = countIndependentSources(members);
        expect(count).toBe(groups.length);
        expect(groups.flat().sort()).toEqual(members.map((m) => m.memberId).sort());
      }),
      { numRuns: 60 },
    );
  });
});
