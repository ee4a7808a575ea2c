import { describe, expect, it } from "vitest";
import { createEntitySchema, entitySearchSchema, looksLikeWikidataId, updateEntitySchema } from "@/lib/validations/entity";

function firstMessage(result: { success: boolean; error?: { issues: Array<{ message: string }> } }): string | undefined {
  return result.success ? undefined : result.error?.issues[0]?.message;
}

describe("createEntitySchema", () => {
  it("trims, fills defaults and collapses duplicate aliases to their first spelling", () => {
    expect(createEntitySchema.parse({ typeId: "t", name: "  Hafiz Saeed ", aliases: ["Saeed", " saeed", "H. Saeed", "SAEED"] })).toEqual({
      typeId: "t",
      name: "Hafiz Saeed",
      aliases: ["Saeed", "H. Saeed"],
      description: "",
      externalId: null,
    });
  });

  it.each([["Q42"], ["Q1"], ["GND:118540238"], ["viaf/12345"]])("accepts externalId %s", (externalId) => {
    expect(createEntitySchema.parse({ typeId: "t", name: "X", externalId }).externalId).toBe(externalId);
  });

  it("stores a blank externalId as none", () => {
    expect(createEntitySchema.parse({ typeId: "t", name: "X", externalId: "  " }).externalId).toBeNull();
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["an empty name", { typeId: "t", name: "   " }, "Enter the entity's name."],
    ["a 201-character name", { typeId: "t", name: "n".repeat(201) }, "name must be at most 200 characters."],
    ["a missing type", { name: "X" }, "typeId must be the id of an entity type."],
    ["51 aliases", { typeId: "t", name: "X", aliases: Array.from({ length: 51 }, (_, i) => `a${i}`) }, "An entity can have at most 50 aliases."],
    ["a 201-character alias", { typeId: "t", name: "X", aliases: ["a".repeat(201)] }, "Each alias must be at most 200 characters."],
    ["a blank alias", { typeId: "t", name: "X", aliases: [" "] }, "Aliases cannot be empty."],
    ["a lowercase QID", { typeId: "t", name: "X", externalId: "q42" }, "externalId looks like a Wikidata id: write it as Q followed by digits, like Q42."],
    ["a QID with letters", { typeId: "t", name: "X", externalId: "Q42a" }, "externalId looks like a Wikidata id: write it as Q followed by digits, like Q42."],
    ["a Wikidata URL", { typeId: "t", name: "X", externalId: "https://www.wikidata.org/wiki/Q42" }, "externalId looks like a Wikidata id: write it as Q followed by digits, like Q42."],
    ["a 2001-character description", { typeId: "t", name: "X", description: "d".repeat(2001) }, "description must be at most 2000 characters."],
    ["an unknown field", { typeId: "t", name: "X", wikidata: "Q1" }, "Unknown entity field: wikidata."],
  ])("refuses %s", (_name, input, message) => {
    expect(firstMessage(createEntitySchema.safeParse(input))).toBe(message);
  });
});

describe("looksLikeWikidataId", () => {
  it.each([["Q42", true], ["q 42", true], ["wikidata:Q42", true], ["Qatar", false], ["GND:1185", false]])("%s → %s", (value, expected) => {
    expect(looksLikeWikidataId(value)).toBe(expected);
  });
});

describe("updateEntitySchema", () => {
  it("requires the version and leaves unsent fields out", () => {
    expect(updateEntitySchema.parse({ version: 2, name: " New " })).toEqual({ version: 2, name: "New" });
    expect(firstMessage(updateEntitySchema.safeParse({ name: "X" }))).toBe("version is required: send the version of the entity you edited.");
  });
});

describe("entitySearchSchema", () => {
  it("treats blank query parameters as not given", () => {
    expect(entitySearchSchema.parse({ q: null, typeId: "", limit: null })).toEqual({ q: "", limit: 20 });
    expect(entitySearchSchema.parse({ q: " sae ", typeId: "t", limit: "5" })).toEqual({ q: "sae", typeId: "t", limit: 5 });
  });
  it.each([["0"], ["51"], ["2.5"], ["ten"]])("refuses limit %s", (limit) => {
    expect(entitySearchSchema.safeParse({ limit }).success).toBe(false);
  });
});
