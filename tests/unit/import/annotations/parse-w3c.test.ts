import { describe, expect, it } from "vitest";
import { parseW3c } from "@/lib/import/annotations/parse-w3c";
import type { ImportedDocument, ParsedItem } from "@/lib/import/annotations/types";
import { serializeW3c } from "@/lib/export/serialize-w3c";
import { fixtureOptions } from "@/tests/unit/export/fixtures/small-dataset";
import { exportedSpans, exportSmallDataset } from "./read-export";
import { readSharedFixture, sharedValidatorsPresent } from "./shared-fixture";

const docs = (items: ParsedItem[]): ImportedDocument[] => items.map((i) => ("parsed" in i ? i.parsed : expect.fail(i.error)));

describe("parseW3c", () => {
  it("reads back Claimdesk's W3C export: same spans per article, kinds, labels, statuses, entities, creators", async () => {
    const parsed = docs(parseW3c(await exportSmallDataset(serializeW3c, fixtureOptions)).items);
    expect(parsed.flatMap((d) => d.spans.map((s) => ({ articleId: d.article.id, id: s.sourceId, start: s.start, end: s.end })))).toEqual(exportedSpans());
    const spans = parsed.flatMap((d) => d.spans);
    const c1 = spans.find((s) => s.sourceId === "c1")!;
    expect(c1).toMatchObject({ kind: "CLAIM", label: { namespace: "CLAIM_TYPE", value: "statistical" } });
    expect(c1.claim?.status).toEqual({ namespace: "VERIFICATION_STATUS", value: "false" });
    expect(c1.claim?.entities.map((e) => e.entityId)).toContain("wikidata:Q42");
    expect(c1.author?.name).not.toBe("");
    const m3 = spans.find((s) => s.sourceId === "m3")!;
    expect(m3).toMatchObject({ kind: "ENTITY_MENTION", entityId: "ent-bbc", exact: "BBC", label: { value: "organization" } });
  });

  it("needs a TextPositionSelector and says which annotation lacks one", () => {
    const file = parseW3c(JSON.stringify([{ type: "Annotation", target: { source: "http://x/a", selector: { type: "TextQuoteSelector", exact: "x" } } }]));
    expect(file.items).toEqual([{ item: "annotation 1", error: "annotation 1: the target needs a TextPositionSelector (start and end in code points)." }]);
  });
});

describe.runIf(sharedValidatorsPresent)("parseW3c on the W3C spec examples", () => {
  it("reads example 24 (TextPositionSelector) as a span on its source", () => {
    const [doc] = docs(parseW3c(readSharedFixture("w3c/spec-examples/example24-text-position-selector.json")).items);
    expect(doc!.article).toEqual({ url: "http://example.org/ebook1" });
    expect(doc!.spans[0]).toMatchObject({ start: 412, end: 795, label: null });
  });
});
