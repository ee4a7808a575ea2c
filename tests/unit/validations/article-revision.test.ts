import { describe, expect, it } from "vitest";
import { normalizeArticleText, reviseArticleTextSchema } from "@/lib/validations/article-revision";

const parse = (input: unknown) => reviseArticleTextSchema.safeParse(input);
const message = (input: unknown) => {
  const result = parse(input);
  return result.success ? null : result.error.issues[0]?.message;
};

describe("normalizeArticleText", () => {
  it("makes line endings \\n and drops blank lines at the very start and end only", () => {
    expect(normalizeArticleText("\r\n \r\nOne\r\n\r\nTwo\rthree\n\t\n")).toBe("One\n\nTwo\nthree");
    expect(normalizeArticleText("  indented first line\n\n  kept  ")).toBe("  indented first line\n\n  kept  ");
  });
});

describe("reviseArticleTextSchema", () => {
  it("accepts a correction and trims the note", () => {
    expect(parse({ baseRevision: 3, text: "Text 😀\twith a tab", note: "  typo  " })).toMatchObject({
      success: true,
      data: { baseRevision: 3, text: "Text 😀\twith a tab", note: "typo" },
    });
    expect(parse({ baseRevision: 1, text: "x" })).toMatchObject({ success: true, data: { note: "" } });
  });

  it("says what to fix", () => {
    expect(message({ baseRevision: 1, text: "" })).toBe("The text is empty: an article needs some text.");
    expect(message({ baseRevision: 1, text: "ok\u0000" })).toBe(
      "The text contains an invisible control character (U+0000) at character 3; remove it. Only line breaks and tabs are allowed.",
    );
    expect(message({ baseRevision: 1, text: "😀\u001b" })).toContain("(U+001B) at character 2");
    expect(message({ baseRevision: 1, text: "a\u007f" })).toContain("(U+007F)");
    expect(message({ baseRevision: 1, text: "\udc00" })).toContain("half of a surrogate pair");
    expect(message({ baseRevision: 1.5, text: "x" })).toBe("baseRevision must be the revision number you corrected.");
    expect(message({ text: "x" })).toBe("baseRevision must be the revision number you corrected.");
    expect(message({ baseRevision: 1, text: 5 })).toBe("text must be the article's full text.");
  });

  it("counts the length limit in code points", () => {
    expect(parse({ baseRevision: 1, text: "😀".repeat(2_000_000) }).success).toBe(true);
    expect(message({ baseRevision: 1, text: "😀".repeat(2_000_001) })).toBe("The text is 2,000,001 characters long; the limit is 2,000,000.");
  });
});
