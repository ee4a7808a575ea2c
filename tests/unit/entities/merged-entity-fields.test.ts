import { describe, expect, it } from "vitest";
import { mergedEntityFields } from "@/lib/entities/merged-entity-fields";
import { matchesAlias } from "@/lib/entities/matches-alias";

describe("mergedEntityFields", () => {
  it("keeps the target's name and fields and adds the source's names as aliases without duplicates", () => {
    const target = { name: "Hafiz Saeed", aliases: ["Saeed"], description: "Leader.", externalId: "Q1" };
    const source = { name: "hafiz saeed", aliases: ["SAEED", "Hafiz Muhammad Saeed", "Hafiz Muhammad  Saeed"], description: "Other.", externalId: "Q2" };
    expect(mergedEntityFields(target, source)).toEqual({
      name: "Hafiz Saeed",
      aliases: ["Saeed", "Hafiz Muhammad Saeed", "Hafiz Muhammad  Saeed"],
      description: "Leader.",
      externalId: "Q1",
    });
  });

  it("fills the target's empty description and missing external id from the source", () => {
    const target = { name: "LeT", aliases: [], description: "  ", externalId: null };
    const source = { name: "Lashkar-e-Taiba", aliases: ["LeT", "Lashkar"], description: "A group.", externalId: "Q478046" };
    expect(mergedEntityFields(target, source)).toEqual({ name: "LeT", aliases: ["Lashkar-e-Taiba", "Lashkar"], description: "A group.", externalId: "Q478046" });
  });
});

describe("matchesAlias", () => {
  it("ignores case and runs of white space, not other letters", () => {
    expect(matchesAlias("Hafiz\nSaeed", "hafiz saeed")).toBe(true);
    expect(matchesAlias(" LeT ", "LET")).toBe(true);
    expect(matchesAlias("LeTs", "LeT")).toBe(false);
    expect(matchesAlias("Caf\u0065\u0301", "Caf\u00e9")).toBe(true);
  });
});
