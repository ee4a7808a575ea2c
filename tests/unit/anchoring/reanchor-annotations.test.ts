import { describe, expect, it } from "vitest";
import { boundedEditDistance } from "@/lib/anchoring/bounded-edit-distance";
import { codePointLength } from "@/lib/anchoring/code-point-length";
import { describeQuote } from "@/lib/anchoring/describe-quote";
import { reanchorAnnotations } from "@/lib/anchoring/reanchor-annotations";
import { sliceCodePoints } from "@/lib/anchoring/slice-code-points";
import type { ReanchorInput, ReanchorResult, TextRange } from "@/lib/anchoring/types";
import { utf16ToCodePointOffset } from "@/lib/article-content/utf16-to-code-point-offset";
import { ARTICLE } from "./fixtures/article";

// Scripted corrections of a realistic article, each checked against where the
// annotated words really went (we made the edit, so we know). Every result
// must be on the same words (verbatim, or a small flagged edit of them inside
// the region the edit touched) or orphaned; none may land anywhere else.

/** [id, quote, which occurrence (0-based)] */
const SPANS: Array<[string, string, number?]> = [
  ["title", "Hamas and LeT Commanders"],
  ["senior", "senior Hamas and Lashkar-e-Taiba commanders"],
  ["flag", "Gujranwala 🇵🇰"],
  ["front", "a political front for the group"],
  ["zaheer-1", "Zaheer", 0],
  ["analysts", "Security analysts say the meeting reflects greater visibility of Hamas figures within Pakistan"],
  ["operative", "Zaheer, a key Hamas operative"],
  ["february", "In February 2025 he travelled to the area days before an attack"],
  ["unemployment", "The minister said unemployment fell to 3.5 percent in March."],
  ["inflation", "The minister said inflation fell to 4.5 percent in March."],
  ["office", "statistics office 😀"],
  ["january", "In January 2024, Zaheer spoke at a press club event in Karachi"],
  ["unverified", "𝔘nverified footage"],
  ["caution", "Analysts caution that the 𝔘nverified footage may have been edited. Officials have not commented on the video, and the organisers did not respond to requests for comment."],
  ["rate", "3.5 percent"],
  ["fell-2", "fell", 1],
];

function locate(text: string, quote: string, occurrence = 0): TextRange {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) throw new Error(`fixture: "${quote}" #${occurrence} not found`);
  }
  const start = utf16ToCodePointOffset(text, at);
  return { start, end: start + codePointLength(quote) };
}

const ANNOTATIONS: ReanchorInput[] = SPANS.map(([id, quote, occurrence]) => {
  const { start, end } = locate(ARTICLE, quote, occurrence);
  const { exact, prefix = "", suffix = "" } = describeQuote(ARTICLE, start, end);
  return { id, start, end, exact, prefix, suffix };
});
const byId = (id: string) => ANNOTATIONS.find((a) => a.id === id) as ReanchorInput;

/** One scripted correction: replace the only occurrence of `find` with `replace`. */
type Edit = { text: string; start: number; removed: number; inserted: number };
function replaceOnce(text: string, find: string, replace: string): Edit {
  const at = text.indexOf(find);
  if (at < 0 || text.indexOf(find, at + 1) >= 0) throw new Error(`fixture: "${find}" is not unique`);
  return {
    text: text.slice(0, at) + replace + text.slice(at + find.length),
    start: utf16ToCodePointOffset(text, at),
    removed: codePointLength(find),
    inserted: codePointLength(replace),
  };
}

/**
 * Where an annotation's words are after the edit: moved by the edit's length
 * change if after it, unchanged if before it; if the edit overlaps the span,
 * the region spanning what is left of it plus the inserted text.
 */
function truth(span: TextRange, edit: Edit): { range: TextRange; touched: boolean } {
  const editEnd = edit.start + edit.removed;
  const delta = edit.inserted - edit.removed;
  if (span.end <= edit.start && !(edit.removed === 0 && span.start < edit.start && edit.start < span.end)) {
    return { range: { start: span.start, end: span.end }, touched: false };
  }
  if (span.start >= editEnd) return { range: { start: span.start + delta, end: span.end + delta }, touched: false };
  return {
    range: {
      start: Math.min(span.start, edit.start),
      end: span.end > editEnd ? span.end + delta : edit.start + edit.inserted,
    },
    touched: true,
  };
}

function byResult(results: ReanchorResult[]) {
  return new Map(results.map((r) => [r.id, r]));
}

/** The invariant every scenario shares; returns the results by id for scenario-specific checks. */
function reanchorAndCheck(edit: Edit) {
  const results = reanchorAnnotations(ARTICLE, edit.text, ANNOTATIONS);
  expect(results.map((r) => r.id)).toEqual(ANNOTATIONS.map((a) => a.id));
  for (const annotation of ANNOTATIONS) {
    const result = results.find((r) => r.id === annotation.id) as ReanchorResult;
    const expected = truth(annotation, edit);
    if (!expected.touched) {
      // Untouched words stay exactly where the edit moved them.
      expect(result, annotation.id).toMatchObject({ status: "anchored", ...expected.range, textChanged: false });
      continue;
    }
    if (result.status === "orphaned") continue;
    const covered = sliceCodePoints(edit.text, result.start, result.end);
    expect(result.start, annotation.id).toBeGreaterThanOrEqual(expected.range.start);
    expect(result.end, annotation.id).toBeLessThanOrEqual(expected.range.end);
    expect(result.textChanged, annotation.id).toBe(covered !== annotation.exact);
    const maxErrors = Math.floor(codePointLength(annotation.exact) / 3);
    expect(boundedEditDistance(annotation.exact, covered, maxErrors), annotation.id).toBeLessThanOrEqual(maxErrors);
  }
  return byResult(results);
}

describe("reanchorAnnotations: scripted corrections", () => {
  it("keeps every annotation in place when nothing changed", () => {
    const results = reanchorAnnotations(ARTICLE, ARTICLE, ANNOTATIONS);
    for (const a of ANNOTATIONS) {
      expect(results.find((r) => r.id === a.id)).toEqual({ id: a.id, status: "anchored", start: a.start, end: a.end, method: "mapped", textChanged: false });
    }
  });

  it("shifts spans after a sentence inserted before them", () => {
    const results = reanchorAndCheck(replaceOnce(ARTICLE, "Though undated, ", "The video first circulated on Telegram. Though undated, "));
    expect(results.get("analysts")).toMatchObject({ method: "mapped", textChanged: false });
  });

  it("keeps insertions at a span's edges outside it", () => {
    // Right after "Zaheer" and right before "Security".
    const after = reanchorAndCheck(replaceOnce(ARTICLE, "reveals Zaheer attending", "reveals Zaheer Naji attending"));
    expect(after.get("zaheer-1")).toMatchObject({ status: "anchored", method: "mapped", textChanged: false });
    const before = reanchorAndCheck(replaceOnce(ARTICLE, "guest. Security", "guest. Independent Security"));
    expect(before.get("analysts")).toMatchObject({ status: "anchored", method: "mapped", textChanged: false });
  });

  it("flags a span with words inserted inside it as changed", () => {
    const edit = replaceOnce(ARTICLE, "say the meeting", "say that the meeting");
    const results = reanchorAndCheck(edit);
    const analysts = results.get("analysts");
    expect(analysts).toMatchObject({ status: "anchored", method: "fuzzy", textChanged: true });
    if (analysts?.status !== "anchored") throw new Error("unreachable");
    expect(sliceCodePoints(edit.text, analysts.start, analysts.end)).toBe(
      "Security analysts say that the meeting reflects greater visibility of Hamas figures within Pakistan",
    );
  });

  it("re-anchors a span with a changed word via fuzzy, flagged, on its own sentence", () => {
    const edit = replaceOnce(ARTICLE, "unemployment fell", "unemployment rose");
    const results = reanchorAndCheck(edit);
    const unemployment = results.get("unemployment");
    expect(unemployment).toMatchObject({ status: "anchored", method: "fuzzy", textChanged: true });
    if (unemployment?.status !== "anchored") throw new Error("unreachable");
    expect(sliceCodePoints(edit.text, unemployment.start, unemployment.end)).toBe("The minister said unemployment rose to 3.5 percent in March.");
    // The sibling sentence and the numbers inside are untouched.
    expect(results.get("inflation")).toMatchObject({ method: "mapped", textChanged: false });
    expect(results.get("rate")).toMatchObject({ method: "mapped", textChanged: false });
  });

  it("flags a corrected figure inside a short span", () => {
    const edit = replaceOnce(ARTICLE, "3.5 percent", "3.7 percent");
    const results = reanchorAndCheck(edit);
    expect(results.get("rate")).toMatchObject({ status: "anchored", method: "fuzzy", textChanged: true });
    expect(results.get("unemployment")).toMatchObject({ status: "anchored", method: "fuzzy", textChanged: true });
  });

  it("flags an astral character replaced inside a span", () => {
    const edit = replaceOnce(ARTICLE, "𝔘nverified", "Unverified");
    const results = reanchorAndCheck(edit);
    expect(results.get("unverified")).toMatchObject({ status: "anchored", method: "fuzzy", textChanged: true });
    expect(results.get("caution")).toMatchObject({ status: "anchored", method: "fuzzy", textChanged: true });
  });

  it("orphans a one-word span whose word was replaced, rather than jumping to another mention", () => {
    const results = reanchorAndCheck(replaceOnce(ARTICLE, "reveals Zaheer attending", "reveals Naji attending"));
    expect(results.get("zaheer-1")).toMatchObject({ status: "orphaned" });
    expect(results.get("operative")).toMatchObject({ status: "anchored", textChanged: false });
  });

  it("orphans a deleted sentence instead of moving it onto its near-twin", () => {
    const results = reanchorAndCheck(replaceOnce(ARTICLE, "The minister said unemployment fell to 3.5 percent in March. ", ""));
    expect(results.get("unemployment")).toMatchObject({ status: "orphaned" });
    // "3.5 percent" is gone; "4.5 percent" in the twin sentence is other words.
    expect(results.get("rate")).toMatchObject({ status: "orphaned" });
    // The diff may take either "The minister said" as the deleted one; the
    // twin is then found again by its intact suffix ("quote").
    expect(results.get("inflation")).toMatchObject({ status: "anchored", textChanged: false });
  });

  it("orphans every span of a deleted paragraph and keeps the rest", () => {
    const paragraph = ARTICLE.split("\n\n")[4] as string;
    const results = reanchorAndCheck(replaceOnce(ARTICLE, `${paragraph}\n\n`, ""));
    for (const id of ["unemployment", "inflation", "office", "rate", "fell-2"]) {
      expect(results.get(id), id).toMatchObject({ status: "orphaned" });
    }
  });

  it("orphans a deleted sentence even when its words reappear elsewhere", () => {
    const results = reanchorAndCheck(
      replaceOnce(ARTICLE, "Security analysts say the meeting reflects greater visibility of Hamas figures within Pakistan.", ""),
    );
    expect(results.get("analysts")).toMatchObject({ status: "orphaned" });
  });

  it("follows a moved paragraph", () => {
    const paragraphs = ARTICLE.split("\n\n");
    const moved = [paragraphs[0], paragraphs[1], paragraphs[5], paragraphs[2], paragraphs[3], paragraphs[4], paragraphs[6]].join("\n\n");
    const results = reanchorAnnotations(ARTICLE, moved, ANNOTATIONS);
    for (const annotation of ANNOTATIONS) {
      const result = results.find((r) => r.id === annotation.id);
      // Every quote here is unique in the text except "Zaheer" and "fell",
      // whose exact occurrence is checked through its context.
      const occurrence = SPANS.find(([id]) => id === annotation.id)?.[2] ?? 0;
      const where = annotation.id === "zaheer-1" ? locate(moved, "reveals Zaheer").start + 8 : undefined;
      const expected = where === undefined ? locate(moved, annotation.exact, occurrence) : { start: where, end: where + 6 };
      expect(result, annotation.id).toMatchObject({ status: "anchored", ...expected, textChanged: false });
    }
  });

  it("follows a moved paragraph annotated whole (no context survives)", () => {
    const paragraphs = ARTICLE.split("\n\n");
    const moved = [paragraphs[0], paragraphs[6], ...paragraphs.slice(1, 6)].join("\n\n");
    const results = byResult(reanchorAnnotations(ARTICLE, moved, ANNOTATIONS));
    expect(results.get("caution")).toMatchObject({ status: "anchored", ...locate(moved, byId("caution").exact), textChanged: false });
  });

  it("orphans everything when the text is replaced by an unrelated one", () => {
    const results = reanchorAnnotations(ARTICLE, "An unrelated article about weather in Lahore.\n\nRain is expected on Sunday.", ANNOTATIONS);
    expect(results.every((r) => r.status === "orphaned")).toBe(true);
  });

  it("orphans an annotation whose stored offsets do not match the old text", () => {
    const broken = { ...byId("title"), start: 1 };
    expect(reanchorAnnotations(ARTICLE, ARTICLE, [broken])[0]).toMatchObject({ status: "orphaned" });
  });
});
