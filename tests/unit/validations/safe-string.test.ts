import { describe, expect, it } from "vitest";
import { describeUnsafeText, isSafeText, safeString, UNSAFE_TEXT_MESSAGE } from "@/lib/validations/safe-string";
import { createAnnotationSchema, evidenceInputSchema } from "@/lib/validations/annotation";
import { createCommentSchema } from "@/lib/validations/comment";
import { createEntitySchema, entitySearchSchema } from "@/lib/validations/entity";
import { newProjectSchema } from "@/lib/validations/project";
import { exportQuerySchema } from "@/lib/validations/export";
import { labelIdSchema } from "@/lib/validations/label";

describe("safeString (the shared string block)", () => {
  it("keeps tab, newline, carriage return and all printable Unicode", () => {
    for (const ok of ["", "plain", "tab\there", "lines\nand\r\nreturns", "é 中文 العربية", "emoji 😀 pair", "\u00A0nbsp", "\u200Bzwsp"]) {
      expect(isSafeText(ok), JSON.stringify(ok)).toBe(true);
    }
  });

  it("refuses NUL, other C0 controls, DEL, C1 controls and lone surrogates", () => {
    const bad = ["de\u0000mo", "\u0001", "\u0008", "\u000B", "\u000C", "\u001B[31m", "\u001F", "\u007F", "\u0085", "\u009F", "\uD83D", "x\uDE00", "\uDE00\uD83D"];
    for (const value of bad) expect(isSafeText(value), JSON.stringify(value)).toBe(false);
  });

  it("gives the clear message through zod, before other checks", () => {
    const result = safeString().min(1).safeParse("a\u0000");
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(["The text contains an invisible control character (U+0000) at character 2; remove it. Only line breaks and tabs are allowed."]);
    // Positions count characters as people do: the emoji is one.
    expect(describeUnsafeText("😀a\uD800")).toBe("The text contains a broken character (half of a surrogate pair) at character 3; retype it.");
    expect(describeUnsafeText("fine")).toBeNull();
    expect(UNSAFE_TEXT_MESSAGE).toMatch(/control characters/);
    expect(safeString().trim().parse("  fine  ")).toBe("fine");
  });

  it("is used by the API's schemas: notes, evidence, comments, entities, search, project names, label ids, export filters", () => {
    const claim = { kind: "CLAIM", revision: 1, start: 0, end: 1, exact: "a" };
    expect(createAnnotationSchema.safeParse({ ...claim, note: "n\u0000" }).success).toBe(false);
    expect(createAnnotationSchema.safeParse({ ...claim, claimTypeId: "l\u0000" }).success).toBe(false);
    expect(createAnnotationSchema.safeParse({ ...claim, exact: "\uD800" }).success).toBe(false);
    expect(createAnnotationSchema.safeParse({ ...claim, note: "ok" }).success).toBe(true);
    expect(evidenceInputSchema.safeParse({ url: "https://example.org/", title: "t\u0000", stance: "SUPPORTS" }).success).toBe(false);
    expect(createCommentSchema.safeParse({ body: "hi\u0000" }).success).toBe(false);
    expect(createEntitySchema.safeParse({ typeId: "t", name: "Na\u0000me" }).success).toBe(false);
    expect(entitySearchSchema.safeParse({ q: "x\u0000" }).success).toBe(false);
    expect(newProjectSchema.safeParse({ name: "P\u0000", slug: "pp" }).success).toBe(false);
    expect(labelIdSchema.safeParse("id\u0000").success).toBe(false);
    expect(exportQuerySchema.safeParse({ format: "jsonl", articles: "a\u0000b" }).success).toBe(false);
    expect(exportQuerySchema.safeParse({ format: "jsonl", articles: "a,b" }).success).toBe(true);
  });
});
