import { describe, expect, it } from "vitest";
import { scoreClaimSentences, CLAIM_THRESHOLD } from "@/lib/suggestions/score-claim-sentences";

describe("scoreClaimSentences", () => {
  const text =
    "The minister said 30 tourists were killed on 22 April 2025 in Pahalgam. It was a sunny day in the valley again. Nobody knows why the sky is blue today.";
  const names = [{ start: 62, end: 70, exact: "Pahalgam" }];

  it("scores attribution, numbers, dates, actors and event verbs, and explains the score", () => {
    const [first, ...rest] = scoreClaimSentences(text, names);
    // 0.3 attribution + 0.2 number + 0.2 date + 0.15 one actor + 0.15 event = 1.0.
    expect(first).toMatchObject({ start: 0, end: 71, score: 1, checkWorthiness: 5 });
    expect(first?.reason).toBe("attribution: 'said'; number: 30; date: 22 April 2025; actors: Pahalgam; event: 'killed'");
    // The other sentences have no signal at all.
    expect(rest).toEqual([]);
  });

  it("leaves out sentences under the threshold and ranks the rest", () => {
    const two = "Hamas met LeT in Gujranwala last year at a rally. Officials said the rally drew 5,000 people in 2024.";
    const ranked = scoreClaimSentences(two, []);
    expect(ranked.map((c) => c.exact)).toEqual(["Officials said the rally drew 5,000 people in 2024."]);
    // The first: event 'met' only (0.15) — below the threshold.
    expect(CLAIM_THRESHOLD).toBeGreaterThan(0.15);
  });
});
