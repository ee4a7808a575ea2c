import { describe, expect, it } from "vitest";
import { serializeConll } from "@/lib/export/serialize-conll";
import type { ExportArticle } from "@/lib/export/types";
import { readConllLikeSpacy } from "@/tests/support/read-conll-like-spacy";
import { collect } from "./fixtures/collect";
import { fixtureOptions, smallDataset } from "./fixtures/small-dataset";

describe("CoNLL documents and sentences (issue 13, defect 2)", () => {
  it("opens every document with the CoNLL-2003 line '-DOCSTART- -X- O O' and a blank line", async () => {
    const chunks = await collect(serializeConll(smallDataset(), fixtureOptions));
    for (const chunk of chunks) expect(chunk.startsWith("-DOCSTART- -X- O O\n\n")).toBe(true);
  });

  it("a spaCy-convert-like reader sees one document per article, with the mentions as stored", async () => {
    const docs = readConllLikeSpacy((await collect(serializeConll(smallDataset(), fixtureOptions))).join(""));
    expect(docs).toHaveLength(2);
    expect(docs.flatMap((d) => d.sentences.flat()).filter((t) => t.startsWith("-DOCSTART-"))).toEqual([]);
    expect(docs[0]?.entities).toEqual([
      { label: "person", tokens: ["Douglas", "Adams"] },
      { label: "organization", tokens: ["BBC", "staff"] },
      { label: "location", tokens: ["London"] },
    ]);
    expect(docs[1]?.entities).toEqual([{ label: "person", tokens: ["Adams"] }]);
  });

  it("does not end a sentence after an abbreviation: 'Dr. Naji Zaheer' stays in one sentence", async () => {
    const dataset = smallDataset();
    const [article] = dataset.articles as ExportArticle[];
    if (!article) throw new Error("fixture");
    const text = "Hamas commander Dr. Naji Zaheer met Mr. Sandhu in Jan. 2024. Both left.";
    const docs = readConllLikeSpacy((await collect(serializeConll({ ...dataset, articles: [{ ...article, text, annotations: [] }] }, fixtureOptions))).join(""));
    expect(docs[0]?.sentences.map((s) => s.join(" "))).toEqual([
      "Hamas commander Dr . Naji Zaheer met Mr . Sandhu in Jan . 2024 .",
      "Both left .",
    ]);
  });
});
