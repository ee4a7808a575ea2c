import { describe, expect, it } from "vitest";
import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { expectedMentions } from "@/tests/fixtures/demo-entity-mentions";
import { demoFiles, demoText, measureSuggestionQuality, rate } from "@/tests/support/measure-suggestion-quality";

describe("the hand-made list of names in the demo corpus", () => {
  it.each(demoFiles)("%s: every listed offset covers the listed words", (file) => {
    const index = createCodePointIndex(demoText(file));
    const listed = expectedMentions[file] ?? [];
    expect(listed.length).toBeGreaterThan(20);
    for (const e of listed) expect(index.slice(e.start, e.end)).toBe(e.text);
  });
});

describe("suggestion quality on the demo corpus (figures in docs/benchmarks.md)", () => {
  const { quality } = measureSuggestionQuality();
  const figures = Object.fromEntries(Object.entries(quality).map(([k, t]) => [k, `${t.found}/${t.total} = ${rate(t).toFixed(3)}`]));
  console.log("suggestion quality", figures);

  it("finds names already in the registry (aim: recall ≥ 0.9)", () => {
    expect(rate(quality.registryRecall)).toBeGreaterThanOrEqual(0.9);
  });

  it("finds new names through the offline taggers (aim: recall ≥ 0.7)", () => {
    expect(rate(quality.newRecall)).toBeGreaterThanOrEqual(0.7);
  });

  it("keeps mention precision useful", () => {
    expect(rate(quality.precision)).toBeGreaterThanOrEqual(0.7);
  });

  it("offers most of the demo's marked claims", () => {
    expect(rate(quality.claimRecall)).toBeGreaterThanOrEqual(0.6);
  });
});
