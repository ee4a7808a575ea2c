import { describe, expect, it } from "vitest";
import { sliceCodePoints } from "@/lib/anchoring/slice-code-points";
import { serializeBrat } from "@/lib/export/serialize-brat";
import { collect } from "./fixtures/collect";
import { fixtureOptions, smallDataset, t1, t2 } from "./fixtures/small-dataset";

describe("serializeBrat", () => {
  it("writes a .txt and an .ann per article, exactly", async () => {
    const all = await collect(serializeBrat(smallDataset(), fixtureOptions));
    // brat's configuration comes first (tests/unit/export/brat-conf.test.ts), then the articles.
    expect(all.map((f) => f.path)).toEqual(["annotation.conf", "visual.conf", "tools.conf", "art-1.txt", "art-1.ann", "art-2.txt", "art-2.ann"]);
    const files = all.slice(3);
    expect(files[0]?.content).toBe(t1);
    expect(files[2]?.content).toBe(t2);
    expect(files[1]?.content).toBe(
      [
        "T1\tperson 2 15\tDouglas Adams",
        "T2\tclaim-statistical 2 52\tDouglas Adams said 42% of BBC staff live in London",
        "T3\tperson 10 15\tAdams",
        "T4\torganization 28 31\tBBC",
        "T5\torganization 28 37\tBBC staff",
        "T6\tother 32 42\tstaff live",
        "T7\tlocation 46 52\tLondon",
        // Across the paragraph break: two fragments, their texts joined by a space.
        "T8\tclaim-event 46 53;55 67\tLondon. He was wrong",
        "A1\tStatus T2 false",
        "A2\tStatus T8 mixed",
        "R1\tClaimant Arg1:T2 Arg2:T1",
        "R2\tSubject Arg1:T2 Arg2:T4",
        "N1\tReference T1 Wikidata:Q42\tDouglas Adams",
        "N2\tReference T3 Wikidata:Q42\tDouglas Adams",
        "N3\tReference T4 Claimdesk:ent-bbc\tBBC",
        "N4\tReference T7 Wikidata:Q84\tLondon",
        "#1\tAnnotatorNotes T1\tAuthor of \"Hitchhiker's\" second line",
        '#2\tAnnotatorNotes T2\t=HYPERLINK("https://evil.example","click")',
        "",
      ].join("\n"),
    );
    expect(files[3]?.content).toBe(
      ["T1\tclaim 5 32\t42% of staff live in London", "T2\tperson 34 39\tAdams", "A1\tStatus T1 unverified", "N1\tReference T2 Wikidata:Q42\tDouglas Adams", ""].join("\n"),
    );
  });

  it("parses back: each fragment is text[start:end] in code points (Python's str indexing, as brat's)", async () => {
    const files = await collect(serializeBrat(smallDataset(), fixtureOptions));
    for (let i = 0; i < files.length; i += 2) {
      const text = files[i]?.content ?? "";
      for (const line of (files[i + 1]?.content ?? "").split("\n").filter((l) => l.startsWith("T"))) {
        const [, typeAndRanges, covered] = line.split("\t") as [string, string, string];
        const ranges = typeAndRanges.split(" ").slice(1).join(" ").split(";").map((r) => r.split(" ").map(Number) as [number, number]);
        expect(covered).toBe(ranges.map(([s, e]) => sliceCodePoints(text, s, e)).join(" "));
      }
    }
  });

  it("writes no note lines when notes are left out", async () => {
    const files = await collect(serializeBrat(smallDataset(), { ...fixtureOptions, includeNotes: false }));
    expect(files.map((f) => f.content).join("")).not.toContain("AnnotatorNotes");
  });
});
