import { describe, expect, it } from "vitest";
import { parseDoccano } from "@/lib/import/annotations/parse-doccano";
import type { ImportedDocument, ParsedItem } from "@/lib/import/annotations/types";
import { serializeDoccano } from "@/lib/export/serialize-doccano";
import { fixtureOptions } from "@/tests/unit/export/fixtures/small-dataset";
import { exportedSpans, exportSmallDataset } from "./read-export";
import { readSharedFixture, sharedValidatorsPresent } from "./shared-fixture";

const parsedOnly = (items: ParsedItem[]): ImportedDocument[] => items.flatMap((i) => ("parsed" in i ? [i.parsed] : []));
const triples = (doc: ImportedDocument) => doc.spans.map((s) => [s.start, s.end, s.label?.value]);

describe.runIf(sharedValidatorsPresent)("parseDoccano on ../shared/validators/interop/doccano", () => {
  it("reads the export example", () => {
    const docs = parsedOnly(parseDoccano(readSharedFixture("interop/doccano/export.sequence_labeling.example.jsonl")).items);
    expect(docs.map((d) => [d.article.text, triples(d)])).toEqual([
      ["EU rejects German call to boycott British lamb.", [[0, 2, "ORG"], [11, 17, "MISC"]]],
      ["Peter Blackburn", [[0, 15, "PERSON"]]],
      ["President Obama", [[10, 15, "PERSON"]]],
    ]);
  });

  it("imports the test file as doccano does: exampleA with LOC, exampleB empty, line 3 an error", () => {
    const file = parseDoccano(readSharedFixture("interop/doccano/import-test.sequence_labeling.jsonl"));
    expect(parsedOnly(file.items).map((d) => [d.article.text, triples(d)])).toEqual([
      ["exampleA", [[0, 1, "LOC"]]],
      ["exampleB", []],
    ]);
    expect(file.items[2]).toEqual({ item: "line 3", error: 'Line 3: no "text".' });
  });

  it("keeps both spans of the overlapping fixture (Claimdesk allows overlaps)", () => {
    const file = parseDoccano(readSharedFixture("interop/doccano/import-test.sequence_labeling.overlapping.jsonl"));
    expect(parsedOnly(file.items).map(triples)).toEqual([[[0, 1, "LOC"], [0, 1, "LOC"]]]);
  });

  it("reads custom columns, the entities form, the pretty-printed export and the legacy export", () => {
    const custom = parsedOnly(parseDoccano(readSharedFixture("interop/doccano/import.sequence_labeling.custom-columns.example.jsonl")).items);
    expect(custom.map(triples)).toEqual([[[0, 2, "ORG"]], [[0, 15, "PERSON"]], [[10, 15, "PERSON"]]]);
    const relations = parseDoccano(readSharedFixture("interop/doccano/import.relation_extraction.example.jsonl"));
    expect(parsedOnly(relations.items)[0]!.spans.map((s) => s.label?.value)).toEqual(["ORG", "DATE", "PERSON", "PERSON"]);
    expect(parsedOnly(relations.items)[0]!.warnings).toEqual(["Line 1: relations are not imported."]);
    const pretty = parsedOnly(parseDoccano(readSharedFixture("interop/doccano/export.relation_extraction.example.pretty.json")).items);
    expect(pretty[0]!.spans).toHaveLength(4);
    const legacy = parsedOnly(parseDoccano(readSharedFixture("interop/doccano/docs-tutorial.legacy-export.json")).items);
    expect(legacy[0]!.spans[0]).toMatchObject({ start: 0, end: 36, label: { value: "Title" } });
    for (const doc of [...custom, ...pretty, ...legacy]) {
      for (const s of doc.spans) expect(Array.from(doc.article.text!).slice(s.start, s.end).join("").length).toBe(s.end - s.start);
    }
  });
});

describe("parseDoccano", () => {
  it("loads Claimdesk's own doccano export back: same spans, in code points", async () => {
    const docs = parsedOnly(parseDoccano(await exportSmallDataset(serializeDoccano, fixtureOptions)).items);
    const spans = docs.flatMap((d) => d.spans.map((s) => ({ articleId: d.article.id, start: s.start, end: s.end })));
    expect(spans).toEqual(exportedSpans().map(({ articleId, start, end }) => ({ articleId, start, end })));
  });

  it("names the broken line and the bad span", () => {
    const file = parseDoccano(['{"text": "abc", "label": [[0, 1, "A"]]}', "{broken", '{"text": "abc", "label": [[2, 1, "A"], [0, 9, "B"]]}'].join("\n"));
    expect(file.items.slice(1)).toEqual([
      { item: "line 2", error: "Line 2 is not valid JSON." },
      { item: "line 3", error: "Line 3, span 1: start (2) must be ≥ 0 and below end (1). Line 3, span 2: end (9) is past the end of the text (3 characters)." },
    ]);
  });

  it("counts code points: an emoji is one", () => {
    const [doc] = parsedOnly(parseDoccano('{"text": "😀 Paris", "label": [[2, 7, "LOC"]]}').items);
    expect(doc!.spans[0]).toMatchObject({ start: 2, end: 7 });
    expect(parseDoccano('{"text": "😀 Paris", "label": [[2, 8, "LOC"]]}').items[0]).toHaveProperty("error");
  });
});
