import { describe, expect, it } from "vitest";
import { CLAIM_SUMMARY_MAX, createAnnotationSchema, updateAnnotationSchema } from "@/lib/validations/annotation";

const claim = { kind: "CLAIM", revision: 1, start: 0, end: 5, exact: "Hamas" } as const;
const message = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) => result.error?.issues[0]?.message;

describe("a claim's summary and public verdict explanation", () => {
  it("are accepted on claims and kept as typed", () => {
    const parsed = createAnnotationSchema.parse({ ...claim, summary: "Hamas leaders met ", verdictExplanation: "Two sources confirm." });
    expect(parsed.summary).toBe("Hamas leaders met ");
    expect(parsed.verdictExplanation).toBe("Two sources confirm.");
  });

  it("are refused on entity mentions unless empty", () => {
    const mention = { ...claim, kind: "ENTITY_MENTION", entityTypeId: "person" } as const;
    expect(message(createAnnotationSchema.safeParse({ ...mention, summary: "x" }))).toBe("summary applies to claims only; an entity mention cannot have it.");
    expect(createAnnotationSchema.safeParse({ ...mention, summary: "" }).success).toBe(true);
  });

  it("refuse unsafe strings and over-long summaries", () => {
    expect(message(updateAnnotationSchema.safeParse({ version: 1, verdictExplanation: "a\u0000b" }))).toBeDefined();
    expect(updateAnnotationSchema.safeParse({ version: 1, verdictExplanation: "a\u0000b" }).success).toBe(false);
    expect(message(updateAnnotationSchema.safeParse({ version: 1, summary: "x".repeat(CLAIM_SUMMARY_MAX + 1) }))).toBe(
      `summary must be at most ${CLAIM_SUMMARY_MAX} characters.`,
    );
    expect(updateAnnotationSchema.safeParse({ version: 1, summary: "x".repeat(CLAIM_SUMMARY_MAX) }).success).toBe(true);
  });
});
