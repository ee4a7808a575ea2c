import { describe, expect, it } from "vitest";
import { describeQuote } from "@/lib/anchoring/describe-quote";
import { planReanchoring, type PlanInput } from "@/lib/server/article/plan-reanchoring";

const OLD = "Hafiz Saeed met LeT leaders in Gujranwala on Monday, police said.\n\nThe meeting lasted three hours, according to two officials.";

function at(text: string, quote: string, extra: Partial<PlanInput> = {}): PlanInput {
  const start = Array.from(text.slice(0, text.indexOf(quote))).length;
  const end = start + Array.from(quote).length;
  const { exact, prefix = "", suffix = "" } = describeQuote(text, start, end);
  return { id: quote, start, end, exact, prefix, suffix, anchorState: "ANCHORED", hasVerdict: false, ...extra };
}

describe("planReanchoring", () => {
  it("marks annotations the edit did not reach as unmoved, and moves the rest with fresh context", () => {
    const [first, police, meeting] = planReanchoring(OLD, OLD.replace("three hours", "four hours"), [
      at(OLD, "Hafiz Saeed"),
      at(OLD, "police said"),
      at(OLD, "The meeting"),
    ]).plans;
    expect(first).toMatchObject({ status: "anchored", method: "mapped", samePlace: true, textChanged: false });
    // Same offsets and words, but the 32 code points after it now read "four": its suffix is rewritten.
    expect(police).toMatchObject({ status: "anchored", exact: "police said", samePlace: false, suffix: ".\n\nThe meeting lasted four hours" });
    expect(meeting).toMatchObject({ status: "anchored", exact: "The meeting", samePlace: false, textChanged: false });
    const moved = planReanchoring(OLD, `Update. ${OLD}`, [at(OLD, "police said")]).plans[0];
    expect(moved).toMatchObject({ status: "anchored", start: at(OLD, "police said").start + 8, samePlace: false });
    const { type: _type, ...quote } = describeQuote(`Update. ${OLD}`, at(OLD, "police said").start + 8, at(OLD, "police said").end + 8);
    expect(moved).toMatchObject(quote);
  });

  it("flags a verdict only when the words under it changed", () => {
    const text = OLD.replace("three hours", "four hours");
    const plans = planReanchoring(OLD, text, [
      at(OLD, "The meeting lasted three hours", { id: "verdict", hasVerdict: true }),
      at(OLD, "The meeting lasted three hours", { id: "open", hasVerdict: false }),
      at(OLD, "police said", { id: "untouched", hasVerdict: true }),
    ]).plans;
    expect(plans.map((p) => (p.status === "anchored" ? [p.exact, p.textChanged, p.flagVerdict] : p.status))).toEqual([
      ["The meeting lasted four hours", true, true],
      ["The meeting lasted four hours", true, false],
      ["police said", false, false],
    ]);
  });

  it("keeps an orphan orphaned unless its whole quote and context come back exactly once", () => {
    const cut = OLD.replace(" on Monday, police said.", ".");
    const orphan = { ...at(OLD, "police said"), anchorState: "ORPHANED" as const };
    expect(planReanchoring(cut, cut.replace("Gujranwala.", "Lahore."), [orphan]).plans[0]).toMatchObject({
      status: "orphaned",
      alreadyOrphaned: true,
    });
    // The passage is put back: the orphan returns, verbatim, without a flag.
    expect(planReanchoring(cut, OLD, [{ ...orphan, hasVerdict: true }]).plans[0]).toMatchObject({
      status: "anchored",
      method: "quote",
      exact: "police said",
      textChanged: false,
      flagVerdict: false,
      samePlace: false,
    });
    // Its stored offsets are never trusted, even where they happen to fit.
    expect(planReanchoring(OLD, `${OLD} `, [{ ...orphan, prefix: "elsewhere " }]).plans[0]).toMatchObject({ status: "orphaned" });
  });
});
