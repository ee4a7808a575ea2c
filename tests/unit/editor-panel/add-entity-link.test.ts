import { describe, expect, it } from "vitest";
import type { ClaimEntityDTO } from "@/lib/annotations/annotation-dto";
import { addEntityLink } from "@/components/editor/panel/add-entity-link";
import { defaultLinkRole } from "@/components/editor/panel/default-link-role";
import { claimEntityListSchema } from "@/lib/validations/annotation";

const link = (entityId: string, role: ClaimEntityDTO["role"], mentionId: string | null = null): ClaimEntityDTO => ({ entityId, role, mentionId });

describe("defaultLinkRole", () => {
  it("makes the first entity the subject, later ones other", () => {
    expect(defaultLinkRole([])).toBe("SUBJECT");
    expect(defaultLinkRole([link("a", "CLAIMANT")])).toBe("SUBJECT");
    expect(defaultLinkRole([link("a", "SUBJECT")])).toBe("OTHER");
  });
});

describe("addEntityLink", () => {
  it("appends the link in the preferred role, keeping the mention", () => {
    expect(addEntityLink([link("a", "SUBJECT")], "b", "OTHER", "m1")).toEqual([link("a", "SUBJECT"), link("b", "OTHER", "m1")]);
  });

  it("gives an already linked entity the first free role instead of a duplicate", () => {
    const next = addEntityLink([link("a", "SUBJECT")], "a", "SUBJECT");
    expect(next).toEqual([link("a", "SUBJECT"), link("a", "CLAIMANT")]);
    // The API refuses the same entity twice in one role; the result must pass its schema.
    expect(claimEntityListSchema.safeParse(next).success).toBe(true);
  });

  it("returns null when the entity already holds every role", () => {
    const all = (["CLAIMANT", "SUBJECT", "OBJECT", "PLACE", "OTHER"] as const).map((role) => link("a", role));
    expect(addEntityLink(all, "a", "OTHER")).toBeNull();
  });

  it("does not change the list it was given", () => {
    const links = [link("a", "SUBJECT")];
    addEntityLink(links, "b", "OTHER");
    expect(links).toEqual([link("a", "SUBJECT")]);
  });
});
