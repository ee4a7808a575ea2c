import { describe, expect, it } from "vitest";
import { labelMapKey } from "@/lib/server/annotation-import/label-map-key";
import { resolveLabelRef } from "@/lib/server/annotation-import/resolve-label-ref";
import type { ContextLabel } from "@/lib/server/annotation-import/load-import-context";

const labels: ContextLabel[] = [
  { id: "ct-event", kind: "CLAIM_TYPE", key: "event", name: "Event" },
  { id: "ct-stat", kind: "CLAIM_TYPE", key: "statistical", name: "Statistic" },
  { id: "et-event", kind: "ENTITY_TYPE", key: "event", name: "Event" },
  { id: "et-loc", kind: "ENTITY_TYPE", key: "location", name: "Location" },
  { id: "st-false", kind: "VERIFICATION_STATUS", key: "false", name: "False" },
];

describe("resolveLabelRef", () => {
  it("reads namespaced labels by key, then by name ignoring case", () => {
    expect(resolveLabelRef({ namespace: "CLAIM_TYPE", value: "statistical" }, labels, {})).toEqual({ kind: "CLAIM_TYPE", labelId: "ct-stat" });
    expect(resolveLabelRef({ namespace: "ENTITY_TYPE", value: "LOCATION" }, labels, {})).toEqual({ kind: "ENTITY_TYPE", labelId: "et-loc" });
    expect(resolveLabelRef({ namespace: "VERIFICATION_STATUS", value: "disputed" }, labels, {})).toEqual({ unknown: "VERIFICATION_STATUS:disputed" });
  });

  it("reads single-namespace span labels as entity types first, and Claimdesk's claim labels as claims", () => {
    expect(resolveLabelRef({ namespace: null, value: "event" }, labels, {})).toEqual({ kind: "ENTITY_TYPE", labelId: "et-event" });
    expect(resolveLabelRef({ namespace: null, value: "claim-event" }, labels, {})).toEqual({ kind: "CLAIM_TYPE", labelId: "ct-event" });
    expect(resolveLabelRef({ namespace: null, value: "Statistic" }, labels, {})).toEqual({ kind: "CLAIM_TYPE", labelId: "ct-stat" });
    expect(resolveLabelRef({ namespace: null, value: "claim" }, labels, {})).toEqual({ untypedClaim: true });
    expect(resolveLabelRef({ namespace: null, value: "GPE" }, labels, {})).toEqual({ unknown: "span:GPE" });
  });

  it("lets the user's mapping win: existing label, new label placeholder, or skip", () => {
    const ref = { namespace: null, value: "GPE" } as const;
    expect(labelMapKey(ref)).toBe("span:GPE");
    expect(resolveLabelRef(ref, labels, { "span:GPE": { labelId: "et-loc" } })).toEqual({ kind: "ENTITY_TYPE", labelId: "et-loc" });
    expect(resolveLabelRef(ref, labels, { "span:GPE": { create: { kind: "ENTITY_TYPE", name: "GPE" } } })).toEqual({ kind: "ENTITY_TYPE", labelId: "new:span:GPE" });
    expect(resolveLabelRef(ref, labels, { "span:GPE": { skip: true } })).toEqual({ skip: true });
  });
});
