import { describe, expect, it } from "vitest";
import { serializeConll } from "@/lib/export/serialize-conll";
import { collect } from "./fixtures/collect";
import { fixtureOptions, smallDataset } from "./fixtures/small-dataset";

describe("serializeConll", () => {
  it("tags the fixture exactly: outermost of nested mentions, first of crossing ones, sentences split at '.' and paragraph breaks", async () => {
    const chunks = await collect(serializeConll(smallDataset(), fixtureOptions));
    // art-1: "Douglas Adams" (m1) wins over the nested "Adams" (m2); "BBC staff"
    // (m5) over the nested "BBC" (m3) and the crossing "staff live" (m6).
    expect(chunks[0]).toBe(
      [
        "-DOCSTART- -X- O O",
        "",
        "😀\tO",
        "Douglas\tB-person",
        "Adams\tI-person",
        "said\tO",
        "42\tO",
        "%\tO",
        "of\tO",
        "BBC\tB-organization",
        "staff\tI-organization",
        "live\tO",
        "in\tO",
        "London\tB-location",
        ".\tO",
        "",
        "He\tO",
        "was\tO",
        "wrong\tO",
        ".\tO",
        "",
        "",
      ].join("\n"),
    );
    // art-2: the orphaned and old-revision "BBC" mentions are not tagged.
    expect(chunks[1]).toBe(
      ["-DOCSTART- -X- O O", "", "BBC\tO", ":\tO", "42\tO", "%\tO", "of\tO", "staff\tO", "live\tO", "in\tO", "London\tO", ",\tO", "Adams\tB-person", "claimed\tO", ".\tO", "", ""].join("\n"),
    );
    expect(chunks).toHaveLength(2);
  });

  it("cuts tokens at mention edges inside a word and never breaks a sentence inside a mention", async () => {
    const text = "Pakistan’s envoy met U.S. Sen. Smith today. Done.";
    const cp = (s: string) => [...text.slice(0, text.indexOf(s))].length;
    const dataset = smallDataset();
    const [article] = dataset.articles as Array<{ text: string; annotations: Array<Record<string, unknown>> }>;
    if (!article) throw new Error("fixture");
    const [template] = article.annotations.filter((a) => a.id === "m1");
    article.text = text;
    article.annotations = [
      { ...template, id: "x1", start: cp("Pakistan"), end: cp("Pakistan") + 8, entityTypeId: "et-loc" },
      { ...template, id: "x2", start: cp("U.S. Sen. Smith"), end: cp("U.S. Sen. Smith") + 15, entityTypeId: "et-person" },
    ];
    const [first] = await collect(serializeConll({ ...dataset, articles: [article as never] }, fixtureOptions));
    expect(first).toBe(
      [
        "-DOCSTART- -X- O O",
        "",
        "Pakistan\tB-location",
        "’\tO",
        "s\tO",
        "envoy\tO",
        "met\tO",
        "U\tB-person",
        ".\tI-person",
        "S\tI-person",
        ".\tI-person",
        "Sen\tI-person",
        ".\tI-person",
        "Smith\tI-person",
        "today\tO",
        ".\tO",
        "",
        "Done\tO",
        ".\tO",
        "",
        "",
      ].join("\n"),
    );
  });
});
