import { describe, expect, it } from "vitest";
import type { EvidenceDTO } from "@/lib/annotations/annotation-dto";
import { replaceEvidenceAt, toEvidenceInput } from "@/components/editor/panel/evidence-inputs";
import { evidenceListSchema } from "@/lib/validations/annotation";

const a: EvidenceDTO = { id: "ev-a", url: "https://a.example", title: "A", stance: "SUPPORTS", note: "" };
const b: EvidenceDTO = { id: "ev-b", url: "https://b.example", title: "B", stance: "REFUTES", note: "n" };
const added = { url: "https://c.example", title: "C", stance: "CONTEXT" as const, note: "" };

describe("toEvidenceInput", () => {
  it("keeps the id of saved evidence and drops an empty one", () => {
    expect(toEvidenceInput(a)).toEqual(a);
    expect(toEvidenceInput({ ...a, id: "" })).toEqual({ url: a.url, title: a.title, stance: a.stance, note: a.note });
  });
});

describe("replaceEvidenceAt", () => {
  it("appends new evidence without an id", () => {
    expect(replaceEvidenceAt([a, b], 2, added)).toEqual([a, b, added]);
  });

  it("edits an item in place, keeping its id even if the form sent none", () => {
    expect(replaceEvidenceAt([a, b], 0, added)).toEqual([{ ...added, id: "ev-a" }, b]);
  });

  it("removes an item", () => {
    expect(replaceEvidenceAt([a, b], 0, null)).toEqual([b]);
  });

  it("produces a list the API schema accepts", () => {
    expect(evidenceListSchema.safeParse(replaceEvidenceAt([a, b], 1, added)).success).toBe(true);
  });
});
