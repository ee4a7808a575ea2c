import { describe, expect, it } from "vitest";
import { mergeGoldValues } from "@/lib/server/adjudication/merge-gold-values";
import { resolveUnit } from "@/lib/server/adjudication/resolve-unit";
import { remapMentionLinks } from "@/lib/server/adjudication/remap-mention-links";
import type { GoldSource } from "@/lib/server/adjudication/gold-types";

const a: GoldSource = {
  id: "a", kind: "CLAIM", start: 0, end: 10, exact: "0123456789", prefix: "", suffix: " tail",
  claimTypeId: "event", statusId: "true", checkWorthiness: 4, confidence: 0.5, entityId: null, entityTypeId: null, note: "A's note",
  summary: "A's summary", verdictExplanation: "A's explanation",
};
const b: GoldSource = { ...a, id: "b", start: 2, end: 8, exact: "234567", prefix: "01", suffix: "89", claimTypeId: "quote", statusId: "false", checkWorthiness: null, confidence: null, note: "" };

describe("mergeGoldValues", () => {
  it("picking one version copies its span and fields", () => {
    expect(mergeGoldValues("CLAIM", a, a)).toEqual({
      kind: "CLAIM", start: 0, end: 10, exact: "0123456789", prefix: "", suffix: " tail",
      claimTypeId: "event", statusId: "true", checkWorthiness: 4, confidence: 0.5, entityId: null, entityTypeId: null, note: "A's note",
      summary: "A's summary", verdictExplanation: "A's explanation",
    });
  });

  it("merging takes the span from one and every field from the other", () => {
    expect(mergeGoldValues("CLAIM", b, a)).toMatchObject({ start: 2, end: 8, exact: "234567", prefix: "01", suffix: "89", claimTypeId: "event", statusId: "true", note: "A's note" });
    expect(mergeGoldValues("CLAIM", a, b)).toMatchObject({ start: 0, end: 10, claimTypeId: "quote", statusId: "false", checkWorthiness: null, note: "" });
  });

  it("hand-written fields start empty and cannot carry a confidence nobody chose", () => {
    expect(mergeGoldValues("CLAIM", a, { statusId: "misleading" })).toMatchObject({ statusId: "misleading", claimTypeId: null, checkWorthiness: null, confidence: null, note: "", summary: "", verdictExplanation: "" });
  });

  it("clears the fields that do not belong to the kind", () => {
    const mention: GoldSource = { ...a, id: "m", kind: "ENTITY_MENTION", entityId: "e1", entityTypeId: "person" };
    expect(mergeGoldValues("ENTITY_MENTION", a, mention)).toMatchObject({ claimTypeId: null, statusId: null, checkWorthiness: null, confidence: null, entityId: "e1", entityTypeId: "person" });
    expect(mergeGoldValues("CLAIM", a, mention)).toMatchObject({ entityId: null, entityTypeId: null, statusId: "true" });
  });
});

describe("resolveUnit", () => {
  const golds = [{ id: "g1", adjudicatedFromId: "b" }, { id: "g2", adjudicatedFromId: "z" }, { id: "g3", adjudicatedFromId: null }];

  it("is gold when a gold annotation came from any member", () => {
    expect(resolveUnit(["a", "b"], golds, new Set())).toEqual({ state: "gold", goldIds: ["g1"] });
  });

  it("gold wins over an exclusion", () => {
    expect(resolveUnit(["a", "b"], golds, new Set(["a", "b"]))).toEqual({ state: "gold", goldIds: ["g1"] });
  });

  it("is excluded only when every member was left out", () => {
    expect(resolveUnit(["a", "c"], golds, new Set(["a", "c"]))).toEqual({ state: "excluded" });
    expect(resolveUnit(["a", "c"], golds, new Set(["a"]))).toEqual({ state: "open" });
    expect(resolveUnit([], golds, new Set())).toEqual({ state: "open" });
  });
});

describe("remapMentionLinks", () => {
  it("points links at gold mentions, dropping links to mentions not in gold", () => {
    const links = [
      { entityId: "e1", role: "SUBJECT", mentionId: "m1" },
      { entityId: "e2", role: "OBJECT", mentionId: "m2" },
      { entityId: "e3", role: "PLACE", mentionId: null },
    ];
    expect(remapMentionLinks(links, new Map([["m1", "gm1"]]))).toEqual([
      { entityId: "e1", role: "SUBJECT", mentionId: "gm1" },
      { entityId: "e2", role: "OBJECT", mentionId: null },
      { entityId: "e3", role: "PLACE", mentionId: null },
    ]);
  });
});
