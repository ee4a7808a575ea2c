import { describe, expect, it } from "vitest";
import { normalizeEvidenceUrl } from "@/components/editor/panel/normalize-evidence-url";
import { evidenceInputSchema } from "@/lib/validations/annotation";

describe("normalizeEvidenceUrl", () => {
  it("adds https:// to an address pasted without a scheme", () => {
    expect(normalizeEvidenceUrl(" example.org/report?id=1 ")).toBe("https://example.org/report?id=1");
    expect(normalizeEvidenceUrl("www.ons.gov.uk")).toBe("https://www.ons.gov.uk");
    expect(normalizeEvidenceUrl("//cdn.example.org/a.pdf")).toBe("https://cdn.example.org/a.pdf");
  });

  it("leaves addresses with a scheme, and text that is not an address, to the schema", () => {
    expect(normalizeEvidenceUrl("http://example.org")).toBe("http://example.org");
    expect(normalizeEvidenceUrl("javascript:alert(1)")).toBe("javascript:alert(1)");
    expect(normalizeEvidenceUrl("not a url")).toBe("not a url");
    expect(normalizeEvidenceUrl("")).toBe("");
  });

  it("never turns a refused value into an accepted non-http one", () => {
    const check = (text: string) => evidenceInputSchema.safeParse({ url: normalizeEvidenceUrl(text), stance: "SUPPORTS" }).success;
    expect(check("example.org")).toBe(true);
    expect(check("javascript:alert(1)")).toBe(false);
    expect(check("ftp://example.org")).toBe(false);
    expect(check("not a url")).toBe(false);
  });
});
