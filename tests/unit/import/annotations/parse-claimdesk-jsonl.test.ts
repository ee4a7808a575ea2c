import { describe, expect, it } from "vitest";
import { parseClaimdeskJsonl } from "@/lib/import/annotations/parse-claimdesk-jsonl";
import type { ImportedDocument, ParsedItem } from "@/lib/import/annotations/types";
import { serializeJsonl } from "@/lib/export/serialize-jsonl";
import { fixtureOptions, t1 } from "@/tests/unit/export/fixtures/small-dataset";
import { exportedSpans, exportSmallDataset } from "./read-export";

const docs = (items: ParsedItem[]): ImportedDocument[] => items.map((i) => ("parsed" in i ? i.parsed : expect.fail(i.error)));

describe("parseClaimdeskJsonl", () => {
  it("reads back every span, claim detail, entity and article field the exporter writes", async () => {
    const file = parseClaimdeskJsonl(await exportSmallDataset(serializeJsonl, fixtureOptions));
    const parsed = docs(file.items);
    expect(parsed.flatMap((d) => d.spans.map((s) => ({ articleId: d.article.id, id: s.sourceId, start: s.start, end: s.end })))).toEqual(exportedSpans());
    const first = parsed[0]!;
    expect(first.article).toMatchObject({ id: "art-1", text: t1, outlet: "News Example", url: "https://news.example/a1" });
    const c1 = first.spans.find((s) => s.sourceId === "c1")!;
    expect(c1.kind).toBe("CLAIM");
    expect(c1.label).toEqual({ namespace: "CLAIM_TYPE", value: "statistical" });
    expect(c1.claim?.status).toEqual({ namespace: "VERIFICATION_STATUS", value: "false" });
    expect(c1.claim?.cluster).toMatchObject({ id: "cl1", relation: "SAME", title: "BBC staff in London" });
    expect(c1.claim?.entities).toContainEqual({ entityId: "ent-adams", role: "CLAIMANT", mentionId: "m1" });
    expect(c1.author).toEqual({ id: expect.any(String), name: expect.any(String) });
    expect(c1.createdAt).toMatch(/^\d{4}-/);
    const m1 = first.spans.find((s) => s.sourceId === "m1")!;
    expect(m1).toMatchObject({ kind: "ENTITY_MENTION", entityId: "ent-adams", exact: "Douglas Adams", label: { namespace: "ENTITY_TYPE", value: "person" } });
    expect(file.entities.find((e) => e.id === "ent-adams")).toEqual({ id: "ent-adams", type: "person", name: "Douglas Adams", aliases: ["D. Adams"], externalId: "Q42" });
  });

  it("names the line and field that is wrong", () => {
    const file = parseClaimdeskJsonl('{"id": "a"}\nnot json\n');
    expect(file.items).toEqual([
      { item: "line 1", error: expect.stringMatching(/^Line 1: title: /) },
      { item: "line 2", error: "Line 2 is not valid JSON." },
    ]);
  });
});
