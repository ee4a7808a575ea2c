import { describe, expect, it } from "vitest";
import { reanchorAnnotations } from "@/lib/anchoring/reanchor-annotations";
import { describeQuote } from "@/lib/anchoring/describe-quote";
import { sliceCodePoints } from "@/lib/anchoring/slice-code-points";

// A word inserted next to a span's first or last word must not push that
// word out of the span: the span keeps all of its own surviving words and is
// flagged as changed.
describe("re-anchoring an insertion at a span's edge", () => {
  it.each([
    ["Hafiz Saeed met LeT leaders", "LeT leaders", "LeT senior leaders", "Hafiz Saeed met LeT senior leaders"],
    ["The meeting lasted three hours", "The meeting", "The secret meeting", "The secret meeting lasted three hours"],
  ])("%s", (quote, find, replace, expected) => {
    const oldText = `Background sentence one. ${quote} on Tuesday, officials said. Another sentence follows here.`;
    const newText = oldText.replace(find, replace);
    const start = [...oldText.slice(0, oldText.indexOf(quote))].length;
    const end = start + [...quote].length;
    const { exact, prefix = "", suffix = "" } = describeQuote(oldText, start, end);
    const [result] = reanchorAnnotations(oldText, newText, [{ id: "a", start, end, exact, prefix, suffix }]);
    expect(result).toMatchObject({ status: "anchored", textChanged: true });
    if (result?.status !== "anchored") return;
    expect(sliceCodePoints(newText, result.start, result.end)).toBe(expected);
  });
});
