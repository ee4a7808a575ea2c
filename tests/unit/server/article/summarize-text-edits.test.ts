import { describe, expect, it } from "vitest";
import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { diffTexts } from "@/lib/anchoring/diff-texts";
import { summarizeTextEdits } from "@/lib/server/article/summarize-text-edits";

function summarize(oldText: string, newText: string) {
  return summarizeTextEdits(createCodePointIndex(oldText), createCodePointIndex(newText), diffTexts(oldText, newText));
}
const pairs = (oldText: string, newText: string) => summarize(oldText, newText).shown.map((c) => [c.removed, c.inserted]);

describe("summarizeTextEdits", () => {
  it("shows a changed word whole, though the diff splits it into letters", () => {
    expect(pairs("It has raised fresh concerns.", "It has raised renewed concerns.")).toEqual([["fresh", "renewed"]]);
    expect(pairs("the goverment said", "the government said")).toEqual([["goverment", "government"]]);
    expect(pairs("one word here", "one words here")).toEqual([["word", "words"]]);
  });

  it("leaves an inserted or deleted whole word as it is", () => {
    expect(pairs("(LeT) commanders together", "(LeT) military commanders together")).toEqual([["", "military "]]);
    expect(pairs("a very big deal", "a big deal")).toEqual([["very ", ""]]);
  });

  it("counts the diff's own characters, in code points, and gives context from the old text", () => {
    const summary = summarize("Hello 😀 world, said the minister.", "Hello 😀 planet, said the minister.");
    expect(summary).toMatchObject({ changes: 1, shown: [{ removed: "world", inserted: "planet", before: "Hello 😀 ", after: ", said the minister." }] });
    expect(summary.insertedCharacters - summary.deletedCharacters).toBe(1);
    expect(summary.shown[0]?.at).toBe(8);
  });

  it("keeps separate changes apart and cuts long runs", () => {
    const long = "x".repeat(1000);
    const summary = summarize(`Alpha beta.\n\n${long}\n\nGamma delta.`, "Alpha BETA.\n\nGamma Delta.");
    expect(summary.changes).toBe(2);
    expect(summary.deletedCharacters - summary.insertedCharacters).toBe(1002);
    const [paragraph, word] = summary.shown;
    // Which of the two blank lines goes with the deleted run is a tie between
    // equally short edit scripts; either way the run is cut in the middle.
    expect(paragraph?.removed).toMatch(/^beta\.\n\nx+ … x+(\n\n)?$/);
    expect(Array.from(paragraph?.removed ?? "").length).toBeLessThan(250);
    expect([word?.removed, word?.inserted]).toEqual(["delta", "Delta"]);
  });
});
