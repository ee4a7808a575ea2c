import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { suggestionInputsKey } from "@/lib/server/suggestion/suggestion-inputs-key";
import { SUGGESTERS_VERSION } from "@/lib/suggestions/find-suggestion-candidates";

const saeed = { entityId: "e1", entityType: "person", names: ["Hafiz Saeed", "Saeed"] };
const police = { entityId: "e2", entityType: "organization", names: ["Punjab Police"] };

describe("suggestionInputsKey", () => {
  it("is the SHA-256 of the suggesters' version and each entity, one line each", () => {
    const expected = createHash("sha256")
      .update(`v${SUGGESTERS_VERSION}\n["e1","person",["Hafiz Saeed","Saeed"]]\n`)
      .digest("hex");
    expect(suggestionInputsKey([saeed])).toBe(expected);
    expect(suggestionInputsKey([])).toBe(createHash("sha256").update(`v${SUGGESTERS_VERSION}\n`).digest("hex"));
  });

  it("changes with every registry change a suggester could see", () => {
    const base = suggestionInputsKey([saeed, police]);
    expect(suggestionInputsKey([saeed, police])).toBe(base);
    expect(suggestionInputsKey([saeed])).not.toBe(base); // removed
    expect(suggestionInputsKey([saeed, { ...police, names: ["Punjab Police", "PP"] }])).not.toBe(base); // alias added
    expect(suggestionInputsKey([saeed, { ...police, entityType: "location" }])).not.toBe(base); // retyped
    expect(suggestionInputsKey([{ ...saeed, names: ["Hafiz Saeed"] }, police])).not.toBe(base); // alias removed
  });

  it("cannot be fooled by names that run together across fields", () => {
    // Without a separator, ["a b","c"] and ["a","b c"] would hash alike.
    const a = suggestionInputsKey([{ entityId: "e", entityType: "t", names: ["a b", "c"] }]);
    const b = suggestionInputsKey([{ entityId: "e", entityType: "t", names: ["a", "b c"] }]);
    expect(a).not.toBe(b);
  });
});
