import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffSequences } from "@/lib/anchoring/diff-sequences";
import { diffTexts } from "@/lib/anchoring/diff-texts";
import { mapOffset } from "@/lib/anchoring/map-offset";
import { mergeShortEqualities } from "@/lib/anchoring/merge-short-equalities";
import { tokenizeForDiff } from "@/lib/anchoring/tokenize-for-diff";
import type { TextEdit } from "@/lib/anchoring/types";

function apply(a: readonly number[], b: readonly number[], edits: readonly TextEdit[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const edit of edits) {
    out.push(...a.slice(at, edit.oldStart), ...b.slice(edit.newStart, edit.newEnd));
    at = edit.oldEnd;
  }
  return [...out, ...a.slice(at)];
}

function lcsLength(a: readonly number[], b: readonly number[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] as number);
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

describe("diffSequences", () => {
  it("finds a shortest edit script (checked against the LCS)", () => {
    const sequence = fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 30 });
    fc.assert(
      fc.property(sequence, sequence, (a, b) => {
        const edits = diffSequences(a, b);
        expect(apply(a, b, edits)).toEqual(b);
        const cost = edits.reduce((sum, e) => sum + (e.oldEnd - e.oldStart) + (e.newEnd - e.newStart), 0);
        expect(cost).toBe(a.length + b.length - 2 * lcsLength(a, b));
        // Equal runs between hunks have the same length on both sides.
        let [oldAt, newAt] = [0, 0];
        for (const e of edits) {
          expect(e.oldStart - oldAt).toBe(e.newStart - newAt);
          expect(e.oldStart < e.oldEnd || e.newStart < e.newEnd).toBe(true);
          [oldAt, newAt] = [e.oldEnd, e.newEnd];
        }
      }),
    );
  });

  it("gives up past its comparison budget with one hunk over the trimmed middle", () => {
    expect(diffSequences([9, 1, 2, 3, 9], [9, 4, 5, 6, 9], 2)).toEqual([{ oldStart: 1, oldEnd: 4, newStart: 1, newEnd: 4 }]);
  });
});

describe("tokenizeForDiff", () => {
  it("splits words, whitespace runs and single other code points", () => {
    expect(tokenizeForDiff("Cafe\u0301, 3.5%\n\n🇵🇰 ok")).toEqual(["Cafe\u0301", ",", " ", "3", ".", "5", "%", "\n\n", "🇵", "🇰", " ", "ok"]);
  });
});

describe("diffTexts", () => {
  it("replaces a changed word as a whole", () => {
    expect(diffTexts("prices rose sharply today", "prices fell sharply today")).toEqual([{ oldStart: 7, oldEnd: 11, newStart: 7, newEnd: 11 }]);
  });

  it("counts code points: an emoji before the edit shifts nothing extra", () => {
    // 😀 0, space 1, "rose" 2–5
    expect(diffTexts("😀 rose", "😀 fell")).toEqual([{ oldStart: 2, oldEnd: 6, newStart: 2, newEnd: 6 }]);
  });

  it("keeps the unchanged letters of a fixed typo", () => {
    // "the gover" is 9 code points; the "n" is inserted there.
    expect(diffTexts("the goverment said", "the government said")).toEqual([{ oldStart: 9, oldEnd: 9, newStart: 9, newEnd: 10 }]);
  });

  it("recognises old words glued together by a deletion", () => {
    expect(diffTexts("the, said", "thesaid")).toEqual([{ oldStart: 3, oldEnd: 5, newStart: 3, newEnd: 3 }]);
  });

  it("sees a moved paragraph as a deletion plus an insertion", () => {
    const one = "Zaheer visited Karachi in January.";
    const two = "Inflation figures were revised.";
    const three = "Officials declined to comment.";
    const before = [one, two, three].join("\n\n");
    const after = [two, one, three].join("\n\n");
    const edits = diffTexts(before, after);
    // One of the first two paragraphs stays; the other is deleted in one place and inserted in the other.
    expect(edits).toHaveLength(2);
    const [first, second] = edits as [TextEdit, TextEdit];
    const [deleted, inserted] = first.newStart === first.newEnd ? [first, second] : [second, first];
    expect(deleted.newStart).toBe(deleted.newEnd);
    expect(inserted.oldStart).toBe(inserted.oldEnd);
    // Up to sliding over the "." both paragraphs end with, the same paragraph and separator.
    const removed = before.slice(deleted.oldStart, deleted.oldEnd);
    const added = after.slice(inserted.newStart, inserted.newEnd);
    expect(removed.length).toBe(added.length);
    const moved = [one, two].find((p) => removed.includes(p.slice(0, -1)));
    expect(moved).toBeDefined();
    expect(added).toContain(moved?.slice(0, -1));
  });
});

describe("mergeShortEqualities", () => {
  it("folds a single shared space between two replaced words", () => {
    // "rose sharply" → "fell slowly": hunks "rose"→"fell" and "sharply"→"slowly" around one space.
    expect(
      mergeShortEqualities([
        { oldStart: 0, oldEnd: 4, newStart: 0, newEnd: 4 },
        { oldStart: 5, oldEnd: 12, newStart: 5, newEnd: 11 },
      ]),
    ).toEqual([{ oldStart: 0, oldEnd: 12, newStart: 0, newEnd: 11 }]);
  });

  it("keeps an unchanged run longer than 16 code points, however long the edits around it", () => {
    const edits = [
      { oldStart: 0, oldEnd: 40, newStart: 0, newEnd: 0 },
      { oldStart: 57, oldEnd: 57, newStart: 17, newEnd: 57 },
    ];
    expect(mergeShortEqualities(edits)).toEqual(edits);
  });

  it("keeps an unchanged run longer than the edits around it", () => {
    const edits = [
      { oldStart: 0, oldEnd: 2, newStart: 0, newEnd: 1 },
      { oldStart: 12, oldEnd: 13, newStart: 11, newEnd: 11 },
    ];
    expect(mergeShortEqualities(edits)).toEqual(edits);
  });
});

describe("mapOffset", () => {
  // old "ab CD ef" → new "ab XYZ ef": "CD" [3, 5) replaced by "XYZ" [3, 6); and "!" inserted at old 8 (end).
  const edits: TextEdit[] = [
    { oldStart: 3, oldEnd: 5, newStart: 3, newEnd: 6 },
    { oldStart: 8, oldEnd: 8, newStart: 9, newEnd: 10 },
  ];

  it("keeps offsets before the first edit and shifts those after", () => {
    expect(mapOffset(edits, 2, "left")).toBe(2);
    expect(mapOffset(edits, 6, "left")).toBe(7);
  });

  it("maps the edges of a replaced run to the edges of its replacement", () => {
    expect(mapOffset(edits, 3, "right")).toBe(3);
    expect(mapOffset(edits, 5, "left")).toBe(6);
  });

  it("lets the bias decide inside a replaced run and at an insertion point", () => {
    expect(mapOffset(edits, 4, "left")).toBe(3);
    expect(mapOffset(edits, 4, "right")).toBe(6);
    expect(mapOffset(edits, 8, "left")).toBe(9);
    expect(mapOffset(edits, 8, "right")).toBe(10);
  });

  it("is the identity without edits", () => {
    expect(mapOffset([], 5, "right")).toBe(5);
  });
});
