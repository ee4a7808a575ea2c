import { describe, expect, it } from "vitest";
import {
  labelChangesSchema,
  labelKeyFromName,
  labelKindRuleError,
  labelMoveSchema,
  newLabelSchema,
} from "@/lib/validations/label";

function firstMessage(result: { success: boolean; error?: { issues: Array<{ message: string }> } }) {
  return result.success ? null : (result.error?.issues[0]?.message ?? null);
}

describe("labelKeyFromName", () => {
  it.each([
    ["Factual statement", "factual_statement"],
    ["Date / time", "date_time"],
    ["  Mostly   true ", "mostly_true"],
    ["Élection 2026", "election_2026"],
    ["COVID-19 claim", "covid_19_claim"],
    ["Лицо", ""],
    ["!!!", ""],
  ])("%s → %s", (name, key) => {
    expect(labelKeyFromName(name)).toBe(key);
  });

  it("never exceeds 40 characters nor ends with an underscore", () => {
    const key = labelKeyFromName(`${"a".repeat(39)} b`);
    expect(key).toBe("a".repeat(39));
  });
});

describe("labelKindRuleError", () => {
  it("allows ratings on statuses and hotkeys on entity types", () => {
    expect(labelKindRuleError("VERIFICATION_STATUS", { rating: 3 })).toBeNull();
    expect(labelKindRuleError("ENTITY_TYPE", { hotkey: "4" })).toBeNull();
    expect(labelKindRuleError("CLAIM_TYPE", { rating: null, hotkey: null })).toBeNull();
  });
  it("refuses them elsewhere", () => {
    expect(labelKindRuleError("CLAIM_TYPE", { rating: 2 })).toBe("Only verification statuses have a rating.");
    expect(labelKindRuleError("ENTITY_TYPE", { rating: 2 })).toBe("Only verification statuses have a rating.");
    expect(labelKindRuleError("VERIFICATION_STATUS", { hotkey: "1" })).toBe("Only entity types have a hotkey.");
  });
});

describe("newLabelSchema", () => {
  it("trims, lowercases the colour and fills defaults", () => {
    expect(newLabelSchema.parse({ kind: "CLAIM_TYPE", name: "  Budget  ", color: "#AABBCC" })).toEqual({
      kind: "CLAIM_TYPE",
      name: "Budget",
      description: "",
      color: "#aabbcc",
    });
  });

  it("reads form strings: blank means none, digits become numbers", () => {
    expect(newLabelSchema.parse({ kind: "VERIFICATION_STATUS", name: "Half true", color: "#123456", rating: "3", hotkey: "", key: " " })).toMatchObject({
      rating: 3,
      hotkey: null,
      key: undefined,
    });
    expect(newLabelSchema.parse({ kind: "ENTITY_TYPE", name: "Ship", color: "#123456", hotkey: 8, rating: "" })).toMatchObject({ hotkey: "8", rating: null });
  });

  it.each([
    [{ name: "" }, "Enter a name."],
    [{ name: "   " }, "Enter a name."],
    [{ name: "x".repeat(61) }, "Use at most 60 characters for the name."],
    [{ color: "blue" }, "Use a colour in the form #rrggbb, like #2563eb."],
    [{ color: "#abc" }, "Use a colour in the form #rrggbb, like #2563eb."],
    [{ color: "#gggggg" }, "Use a colour in the form #rrggbb, like #2563eb."],
    [{ key: "Mostly True" }, "Use lowercase letters, digits and single underscores for the key (like mostly_true)."],
    [{ key: "double__underscore" }, "Use lowercase letters, digits and single underscores for the key (like mostly_true)."],
    [{ kind: "TOPIC" }, "Choose claim type, entity type or verification status."],
    [{ description: "d".repeat(301) }, "Use at most 300 characters for the description."],
  ])("rejects %j with a clear message", (override, message) => {
    const input = { kind: "CLAIM_TYPE", name: "Budget", color: "#2563eb", ...override };
    expect(firstMessage(newLabelSchema.safeParse(input))).toBe(message);
  });

  it.each([
    [{ kind: "VERIFICATION_STATUS", rating: 0 }, "Rating must be a whole number from 1 to 5, or none."],
    [{ kind: "VERIFICATION_STATUS", rating: 6 }, "Rating must be a whole number from 1 to 5, or none."],
    [{ kind: "VERIFICATION_STATUS", rating: 2.5 }, "Rating must be a whole number from 1 to 5, or none."],
    [{ kind: "VERIFICATION_STATUS", rating: "high" }, "Rating must be a whole number from 1 to 5, or none."],
    [{ kind: "ENTITY_TYPE", hotkey: "0" }, "Hotkey must be one digit from 1 to 9, or none."],
    [{ kind: "ENTITY_TYPE", hotkey: "10" }, "Hotkey must be one digit from 1 to 9, or none."],
    [{ kind: "ENTITY_TYPE", hotkey: "a" }, "Hotkey must be one digit from 1 to 9, or none."],
    [{ kind: "CLAIM_TYPE", rating: 3 }, "Only verification statuses have a rating."],
    [{ kind: "CLAIM_TYPE", hotkey: "3" }, "Only entity types have a hotkey."],
    [{ kind: "VERIFICATION_STATUS", hotkey: "3" }, "Only entity types have a hotkey."],
  ])("enforces rating and hotkey rules: %j", (override, message) => {
    const input = { name: "Budget", color: "#2563eb", ...override };
    expect(firstMessage(newLabelSchema.safeParse(input))).toBe(message);
  });
});

describe("labelChangesSchema", () => {
  const updatedAt = "2026-01-02T03:04:05.678Z";

  it("keeps absent fields absent so they stay unchanged", () => {
    expect(labelChangesSchema.parse({ id: "l1", updatedAt, name: " New " })).toEqual({ id: "l1", updatedAt: new Date(updatedAt), name: "New" });
  });

  it("lets a rating or hotkey be cleared with null or a blank", () => {
    expect(labelChangesSchema.parse({ id: "l1", updatedAt, rating: "", hotkey: null })).toMatchObject({ rating: null, hotkey: null });
  });

  it("requires the version token", () => {
    expect(labelChangesSchema.safeParse({ id: "l1", name: "x" }).success).toBe(false);
    expect(labelChangesSchema.safeParse({ id: "l1", updatedAt: "yesterday", name: "x" }).success).toBe(false);
  });

  it("refuses to change kind or key", () => {
    expect(firstMessage(labelChangesSchema.safeParse({ id: "l1", updatedAt, key: "other" }))).toBe("A label's kind and key cannot be changed.");
    expect(firstMessage(labelChangesSchema.safeParse({ id: "l1", updatedAt, kind: "ENTITY_TYPE" }))).toBe("A label's kind and key cannot be changed.");
    expect(firstMessage(labelChangesSchema.safeParse({ id: "l1", updatedAt, colour: "#000000" }))).toBe("Unknown label field: colour.");
  });

  it("validates the fields it is given", () => {
    expect(firstMessage(labelChangesSchema.safeParse({ id: "l1", updatedAt, name: "" }))).toBe("Enter a name.");
    expect(firstMessage(labelChangesSchema.safeParse({ id: "l1", updatedAt, color: "#12345" }))).toBe("Use a colour in the form #rrggbb, like #2563eb.");
  });
});

describe("labelMoveSchema", () => {
  it("accepts up and down only", () => {
    expect(labelMoveSchema.parse({ id: "l1", direction: "up" })).toEqual({ id: "l1", direction: "up" });
    expect(labelMoveSchema.safeParse({ id: "l1", direction: "left" }).success).toBe(false);
  });
});
