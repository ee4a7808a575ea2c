import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsFromIssues } from "@/components/forms/field-errors-from-issues";

const schema = z
  .object({ name: z.string().min(1, "Enter a name."), url: z.url("Enter a web address."), note: z.string().max(3, "Too long.") })
  .refine((v) => v.name !== v.note, { message: "Name and note must differ.", path: [] });

describe("fieldErrorsFromIssues", () => {
  it("keeps the first message per field, picks the first bad field in form order, and collects the rest", () => {
    const checked = schema.safeParse({ name: "", url: "nope", note: "long note" });
    expect(checked.success).toBe(false);
    const result = fieldErrorsFromIssues(checked.error!.issues, ["url", "name", "note"] as const);
    expect(result.errors).toEqual({ name: "Enter a name.", url: "Enter a web address.", note: "Too long." });
    // Form order, not issue order: url comes first in this form.
    expect(result.first).toBe("url");
    expect(result.other).toEqual([]);
  });

  it("reports issues on no field of the form as other messages, and humanizes field ones", () => {
    const issues = [
      { path: ["name"], message: "name is required" },
      { path: ["name"], message: "second message for name" },
      { path: [], message: "Name and note must differ." },
      { path: ["unknownField"], message: "Unknown field." },
    ];
    const result = fieldErrorsFromIssues(issues, ["name", "note"], (m) => m.toUpperCase());
    expect(result).toEqual({ errors: { name: "NAME IS REQUIRED" }, first: "name", other: ["Name and note must differ.", "Unknown field."] });
  });

  it("has nothing to show for no issues", () => {
    expect(fieldErrorsFromIssues([], ["name"])).toEqual({ errors: {}, first: null, other: [] });
  });
});
