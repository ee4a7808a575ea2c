import { describe, expect, it } from "vitest";
import { findRegistryMentions } from "@/lib/suggestions/find-registry-mentions";

const registry = [
  { entityId: "zaheer", entityType: "person", names: ["Naji Zaheer", "Zaheer", "Dr. Naji Zaheer"] },
  { entityId: "let", entityType: "organization", names: ["Lashkar-e-Taiba", "LeT", "Lashkar"] },
  { entityId: "hamas", entityType: "organization", names: ["Hamas"] },
];
const found = (text: string) => findRegistryMentions(text, registry).map((m) => [m.from, m.to, text.slice(m.from, m.to), m.entityId]);

describe("findRegistryMentions", () => {
  it("takes the longest name where names overlap, and every occurrence", () => {
    // "Naji Zaheer" 0–11 (not "Zaheer" inside it); "Zaheer" again at 22–28.
    expect(found("Naji Zaheer met them. Zaheer left.")).toEqual([
      [0, 11, "Naji Zaheer", "zaheer"],
      [22, 28, "Zaheer", "zaheer"],
    ]);
  });

  it("prefers Lashkar-e-Taiba over its alias Lashkar, and matches on word boundaries only", () => {
    expect(found("Lashkar-e-Taiba, not Lashkars or Hamasville; Lashkar.")).toEqual([
      [0, 15, "Lashkar-e-Taiba", "let"],
      [45, 52, "Lashkar", "let"],
    ]);
  });

  it("matches short names and acronyms as written but longer names case-folded", () => {
    // "let" (the verb) is not LeT; "HAMAS" in capitals is Hamas.
    expect(found("They let HAMAS speak; LeT agreed.")).toEqual([
      [9, 14, "HAMAS", "hamas"],
      [22, 25, "LeT", "let"],
    ]);
  });

  it("leaves a title out of the mention ('Dr. Naji Zaheer' marks 'Naji Zaheer')", () => {
    expect(found("Dr. Naji Zaheer spoke.")).toEqual([[4, 15, "Naji Zaheer", "zaheer"]]);
  });

  it("matches names across a line break inside the text", () => {
    expect(found("Naji\nZaheer")).toEqual([[0, 11, "Naji\nZaheer", "zaheer"]]);
  });
});
