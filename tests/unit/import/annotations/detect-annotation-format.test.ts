import { describe, expect, it } from "vitest";
import { detectAnnotationFormat } from "@/lib/import/annotations/detect-annotation-format";
import { serializeDoccano } from "@/lib/export/serialize-doccano";
import { serializeJsonl } from "@/lib/export/serialize-jsonl";
import { serializeLabelStudio } from "@/lib/export/serialize-label-studio";
import { serializeW3c } from "@/lib/export/serialize-w3c";
import { fixtureOptions } from "@/tests/unit/export/fixtures/small-dataset";
import { exportSmallDataset } from "./read-export";

describe("detectAnnotationFormat", () => {
  it("recognises each of Claimdesk's exports", async () => {
    expect(detectAnnotationFormat("a.json", await exportSmallDataset(serializeLabelStudio, fixtureOptions))).toBe("label-studio");
    expect(detectAnnotationFormat("a.jsonl", await exportSmallDataset(serializeDoccano, fixtureOptions))).toBe("doccano");
    expect(detectAnnotationFormat("a.jsonl", await exportSmallDataset(serializeJsonl, fixtureOptions))).toBe("claimdesk-jsonl");
    expect(detectAnnotationFormat("a.jsonld", await exportSmallDataset(serializeW3c, fixtureOptions))).toBe("w3c");
  });

  it("tells JSON lines by their keys: a long text before Claimdesk's spans, or text that names other formats' keys", () => {
    const long = { id: "a", title: "t", text: "x".repeat(30_000), revision: 1, spans: [], claims: [], entities: [] };
    expect(detectAnnotationFormat("a.jsonl", `${JSON.stringify(long)}\n`)).toBe("claimdesk-jsonl");
    const quoting = { text: 'He wrote "spans": 1, "revision": 2, "claims": 3 and "@context" AnnotationCollection', label: [[0, 2, "PER"]] };
    expect(detectAnnotationFormat("a.jsonl", JSON.stringify(quoting))).toBe("doccano");
  });

  it("recognises plain doccano and Label Studio files and gives up on anything else", () => {
    expect(detectAnnotationFormat("x.jsonl", '{"text": "a", "label": []}')).toBe("doccano");
    expect(detectAnnotationFormat("x.json", '{"data": {"text": "a"}, "annotations": []}')).toBe("label-studio");
    expect(detectAnnotationFormat("x.csv", "a,b,c")).toBeNull();
  });
});
