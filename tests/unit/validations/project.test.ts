import { describe, expect, it } from "vitest";
import { newProjectSchema, slugFromName } from "@/lib/validations/project";

describe("slugFromName", () => {
  it.each([
    ["Gaza – fact checks", "gaza-fact-checks"],
    ["  Élections 2026  ", "elections-2026"],
    ["---", ""],
    ["Hamas/LeT: who met whom?", "hamas-let-who-met-whom"],
  ])("%s → %s", (name, slug) => {
    expect(slugFromName(name)).toBe(slug);
  });
  it("never exceeds 48 characters nor ends with a hyphen", () => {
    const slug = slugFromName(`${"a".repeat(47)} b`);
    expect(slug.length).toBeLessThanOrEqual(48);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("newProjectSchema", () => {
  it("accepts a valid project", () => {
    expect(newProjectSchema.parse({ name: " Demo ", slug: "demo" })).toEqual({ name: "Demo", slug: "demo", description: "" });
  });
  it("rejects slugs with capitals, spaces or double hyphens", () => {
    for (const slug of ["Demo", "de mo", "de--mo", "-demo", "d"]) {
      expect(newProjectSchema.safeParse({ name: "x", slug }).success).toBe(false);
    }
  });
});
