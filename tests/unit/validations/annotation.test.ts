import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { CreateAnnotationInput, UpdateAnnotationInput } from "@/lib/annotations/annotation-dto";
import {
  annotationKindRuleError,
  annotationVersionSchema,
  createAnnotationSchema,
  updateAnnotationSchema,
} from "@/lib/validations/annotation";

const claim = { kind: "CLAIM", revision: 1, start: 4, end: 9, exact: "quick" } as const;
const mention = { kind: "ENTITY_MENTION", revision: 1, start: 0, end: 3, exact: "Bob", entityTypeId: "type-1" } as const;

function firstMessage(result: { success: boolean; error?: { issues: Array<{ message: string }> } }): string | undefined {
  return result.success ? undefined : result.error?.issues[0]?.message;
}

describe("the schemas accept every shape of the contract", () => {
  it("CreateAnnotationInput and UpdateAnnotationInput are valid schema inputs", () => {
    expectTypeOf<CreateAnnotationInput>().toExtend<z.input<typeof createAnnotationSchema>>();
    expectTypeOf<UpdateAnnotationInput>().toExtend<z.input<typeof updateAnnotationSchema>>();
  });
});

describe("createAnnotationSchema", () => {
  it("accepts a bare claim and a bare mention", () => {
    expect(createAnnotationSchema.parse(claim)).toEqual(claim);
    expect(createAnnotationSchema.parse(mention)).toEqual(mention);
  });

  it("accepts a full claim and fills evidence and link defaults", () => {
    const parsed = createAnnotationSchema.parse({
      ...claim,
      prefix: "The ",
      suffix: " brown",
      claimTypeId: "ct",
      statusId: null,
      checkWorthiness: 5,
      confidence: 0,
      note: "n".repeat(10_000),
      entities: [{ entityId: "e1", role: "CLAIMANT" }, { entityId: "e1", role: "SUBJECT", mentionId: "m1" }],
      evidence: [{ url: " https://example.org/a?b=1 ", stance: "REFUTES" }],
    });
    expect(parsed.entities).toEqual([
      { entityId: "e1", role: "CLAIMANT", mentionId: null },
      { entityId: "e1", role: "SUBJECT", mentionId: "m1" },
    ]);
    expect(parsed.evidence).toEqual([{ url: "https://example.org/a?b=1", title: "", stance: "REFUTES", note: "" }]);
  });

  it("takes a mention's type from its entity when only entityId is given", () => {
    expect(createAnnotationSchema.safeParse({ ...mention, entityTypeId: undefined, entityId: "e1" }).success).toBe(true);
  });

  it.each<[string, unknown, string]>([
    ["an empty span", { ...claim, end: 4 }, "end must be greater than start: empty spans cannot be annotated."],
    ["a reversed span", { ...claim, start: 9, end: 4 }, "end must be greater than start: empty spans cannot be annotated."],
    ["a negative start", { ...claim, start: -1 }, "start cannot be negative."],
    ["a fractional offset", { ...claim, end: 8.5 }, "end must be a whole number of code points."],
    ["an offset sent as text", { ...claim, start: "4" }, "start must be a whole number of code points."],
    ["an empty exact", { ...claim, exact: "" }, "exact cannot be empty: empty spans cannot be annotated."],
    ["revision 0", { ...claim, revision: 0 }, "revision must be 1 or more."],
    ["an unknown kind", { ...claim, kind: "QUOTE" }, "kind must be CLAIM or ENTITY_MENTION."],
    ["a 33-code-point prefix", { ...claim, prefix: "x".repeat(33) }, "prefix must be at most 32 characters of the text before the span."],
    ["checkWorthiness 0", { ...claim, checkWorthiness: 0 }, "checkWorthiness must be a whole number from 1 to 5, or null."],
    ["checkWorthiness 6", { ...claim, checkWorthiness: 6 }, "checkWorthiness must be a whole number from 1 to 5, or null."],
    ["checkWorthiness 2.5", { ...claim, checkWorthiness: 2.5 }, "checkWorthiness must be a whole number from 1 to 5, or null."],
    ["confidence above 1", { ...claim, confidence: 1.01 }, "confidence must be a number from 0 to 1, or null."],
    ["confidence below 0", { ...claim, confidence: -0.1 }, "confidence must be a number from 0 to 1, or null."],
    ["a note over 10,000 characters", { ...claim, note: "n".repeat(10_001) }, "note must be at most 10,000 characters."],
    ["an unknown field", { ...claim, author: "me" }, "Unknown annotation field: author."],
    ["claim fields on a mention", { ...mention, claimTypeId: "ct" }, "claimTypeId applies to claims only; an entity mention cannot have it."],
    ["evidence on a mention", { ...mention, evidence: [{ url: "https://a.example", stance: "CONTEXT" }] }, "evidence applies to claims only; an entity mention cannot have it."],
    ["mention fields on a claim", { ...claim, entityTypeId: "t" }, "entityTypeId applies to entity mentions only; link entities to a claim through entities."],
    ["a mention with neither type nor entity", { ...mention, entityTypeId: null }, "An entity mention needs entityTypeId (or entityId, whose type it then takes)."],
    ["a javascript: url", { ...claim, evidence: [{ url: "javascript:alert(1)", stance: "SUPPORTS" }] }, "evidence url must be an http:// or https:// address."],
    ["an ftp url", { ...claim, evidence: [{ url: "ftp://example.org/x", stance: "SUPPORTS" }] }, "evidence url must be an http:// or https:// address."],
    ["a relative url", { ...claim, evidence: [{ url: "/a/b", stance: "SUPPORTS" }] }, "evidence url must be an http:// or https:// address."],
    ["a url over 2048 characters", { ...claim, evidence: [{ url: `https://a.example/${"x".repeat(2048)}`, stance: "SUPPORTS" }] }, "evidence url must be at most 2048 characters."],
    ["a title over 500 characters", { ...claim, evidence: [{ url: "https://a.example", title: "t".repeat(501), stance: "SUPPORTS" }] }, "evidence title must be at most 500 characters."],
    ["an unknown stance", { ...claim, evidence: [{ url: "https://a.example", stance: "AGREES" }] }, "evidence stance must be SUPPORTS, REFUTES or CONTEXT."],
    ["51 evidence items", { ...claim, evidence: Array.from({ length: 51 }, () => ({ url: "https://a.example", stance: "CONTEXT" })) }, "A claim can have at most 50 evidence items."],
    ["evidence ids on a new claim", { ...claim, evidence: [{ id: "ev1", url: "https://a.example", stance: "CONTEXT" }] }, "A new claim's evidence cannot have ids; leave id out."],
    ["an unknown role", { ...claim, entities: [{ entityId: "e1", role: "VICTIM" }] }, "entities role must be CLAIMANT, SUBJECT, OBJECT, PLACE or OTHER."],
    ["one entity twice in one role", { ...claim, entities: [{ entityId: "e1", role: "SUBJECT" }, { entityId: "e1", role: "SUBJECT" }] }, "entities lists entity e1 twice as SUBJECT."],
    ["not an object", [], "Send the annotation as a JSON object."],
  ])("refuses %s", (_name, input, message) => {
    expect(firstMessage(createAnnotationSchema.safeParse(input))).toBe(message);
  });

  it("counts prefix and suffix in code points, not UTF-16 units", () => {
    // 32 astral characters are 64 UTF-16 units but 32 code points.
    expect(createAnnotationSchema.safeParse({ ...claim, prefix: "😀".repeat(32), suffix: "𝔘".repeat(32) }).success).toBe(true);
    expect(createAnnotationSchema.safeParse({ ...claim, suffix: "𝔘".repeat(33) }).success).toBe(false);
  });

  it("lets null and empty lists pass on the other kind", () => {
    expect(createAnnotationSchema.safeParse({ ...mention, claimTypeId: null, evidence: [], entities: [] }).success).toBe(true);
    expect(createAnnotationSchema.safeParse({ ...claim, entityId: null, entityTypeId: null }).success).toBe(true);
  });
});

describe("updateAnnotationSchema", () => {
  it("accepts a version alone and partial edits", () => {
    expect(updateAnnotationSchema.parse({ version: 3 })).toEqual({ version: 3 });
    expect(updateAnnotationSchema.parse({ version: 3, note: "", statusId: null, textChangedAfterVerdict: false })).toEqual({
      version: 3,
      note: "",
      statusId: null,
      textChangedAfterVerdict: false,
    });
    expect(updateAnnotationSchema.parse({ version: 1, start: 0, end: 2, exact: "ab", prefix: "" })).toMatchObject({ start: 0, end: 2 });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["a missing version", { note: "x" }, "version is required: send the version of the annotation you edited."],
    ["version 0", { version: 0 }, "version must be 1 or more."],
    ["a span without exact", { version: 1, start: 0, end: 2 }, "To move or resize an annotation, send start, end and exact together."],
    ["a prefix alone", { version: 1, prefix: "x" }, "To move or resize an annotation, send start, end and exact together."],
    ["an empty span", { version: 1, start: 2, end: 2, exact: "a" }, "end must be greater than start: empty spans cannot be annotated."],
    ["a kind change", { version: 1, kind: "CLAIM" }, "kind cannot be changed; delete the annotation and create a new one."],
    ["a revision", { version: 1, revision: 2 }, "revision is not editable; a moved span is placed on the article's current revision."],
    ["textChangedAfterVerdict: true", { version: 1, textChangedAfterVerdict: true }, "textChangedAfterVerdict can only be set to false."],
    ["evidence ids listed twice", { version: 1, evidence: [{ id: "a", url: "https://a.example", stance: "CONTEXT" }, { id: "a", url: "https://b.example", stance: "CONTEXT" }] }, "evidence id a is listed twice."],
    ["an unknown evidence field", { version: 1, evidence: [{ url: "https://a.example", stance: "CONTEXT", rating: 3 }] }, "Unknown evidence field: rating."],
  ])("refuses %s", (_name, input, message) => {
    expect(firstMessage(updateAnnotationSchema.safeParse(input))).toBe(message);
  });
});

describe("annotationKindRuleError", () => {
  it("names the first field that belongs to the other kind", () => {
    expect(annotationKindRuleError("ENTITY_MENTION", { checkWorthiness: 3 })).toBe("checkWorthiness applies to claims only; an entity mention cannot have it.");
    expect(annotationKindRuleError("CLAIM", { entityId: "e" })).toBe("entityId applies to entity mentions only; link entities to a claim through entities.");
    expect(annotationKindRuleError("CLAIM", { claimTypeId: "c", entities: [] })).toBeNull();
    expect(annotationKindRuleError("ENTITY_MENTION", { entityTypeId: "t", statusId: null })).toBeNull();
  });
});

describe("annotationVersionSchema", () => {
  it("reads the version from a query string or a body", () => {
    expect(annotationVersionSchema.parse({ version: "7" })).toEqual({ version: 7 });
    expect(annotationVersionSchema.parse({ version: 7 })).toEqual({ version: 7 });
  });
  it.each([[null], [""], ["abc"], ["1.5"], [0]])("refuses version %j", (version) => {
    expect(annotationVersionSchema.safeParse({ version }).success).toBe(false);
  });
});
