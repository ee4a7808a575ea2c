import { describe, expect, it } from "vitest";
import { exportQuery } from "@/components/export/export-query";
import type { ExportChoices } from "@/components/export/export-choices";
import { exportQuerySchema } from "@/lib/validations/export";

const none: ExportChoices = {
  format: "jsonl", publishedFrom: "", publishedTo: "", updatedFrom: "", updatedTo: "",
  annotators: [], kinds: [], statuses: [], review: "all", notes: true, publishNotes: false, pseudonymise: false,
};

describe("exportQuery (the export page's request)", () => {
  it("leaves unset choices out, and both kinds means no kind filter", () => {
    expect(exportQuery(none, "payload")).toBe("format=jsonl");
    expect(exportQuery({ ...none, kinds: ["claim", "mention"] }, "estimate")).toBe("format=jsonl&part=estimate");
  });

  it("writes every choice the way the API schema reads it", () => {
    const choices: ExportChoices = {
      format: "brat", publishedFrom: "2024-01-01", publishedTo: "2024-01-31", updatedFrom: "", updatedTo: "2025-01-01",
      annotators: ["u1", "u2"], kinds: ["claim"], statuses: ["false"], review: "accepted", notes: false, publishNotes: true, pseudonymise: true,
    };
    const query = exportQuery(choices, "manifest");
    expect(query).toBe(
      "format=brat&publishedFrom=2024-01-01&publishedTo=2024-01-31&updatedTo=2025-01-01&annotators=u1%2Cu2&kinds=claim&statuses=false&review=accepted&notes=false&pseudonymise=true&part=manifest",
    );
    const { part: _part, ...params } = Object.fromEntries(new URLSearchParams(query));
    expect(exportQuerySchema.parse(params)).toMatchObject({
      format: "brat",
      filters: { annotatorIds: ["u1", "u2"], kinds: ["CLAIM"], statusKeys: ["false"], reviewState: "accepted", publishedTo: "2024-02-01T00:00:00.000Z" },
      includeNotes: false,
      pseudonymise: true,
    });
  });

  it("asks to publish notes only for ClaimReview with notes included", () => {
    const claimreview: ExportChoices = { ...none, format: "claimreview", publishNotes: true };
    expect(exportQuery(claimreview, "gaps")).toBe("format=claimreview&publishNotes=true&part=gaps");
    expect(exportQuery({ ...claimreview, notes: false }, "payload")).toBe("format=claimreview&notes=false");
    expect(exportQuery({ ...claimreview, publishNotes: false }, "payload")).toBe("format=claimreview");
  });
});
