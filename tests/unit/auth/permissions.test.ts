import { describe, expect, it } from "vitest";
import { can, canEditAnnotation, type ProjectAction } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

// The matrix written out by hand from the product rules (issue 2 and 3):
// viewers read and export; annotators also tag and comment; reviewers also
// edit anyone's tags, decide reviews, adjudicate and import; owners do all.
const expected: Record<ProjectAction, Role[]> = {
  "project.view": ["OWNER", "REVIEWER", "ANNOTATOR", "VIEWER"],
  "dataset.export": ["OWNER", "REVIEWER", "ANNOTATOR", "VIEWER"],
  "annotations.create": ["OWNER", "REVIEWER", "ANNOTATOR"],
  "comments.create": ["OWNER", "REVIEWER", "ANNOTATOR"],
  "annotations.editAny": ["OWNER", "REVIEWER"],
  "reviews.decide": ["OWNER", "REVIEWER"],
  "gold.adjudicate": ["OWNER", "REVIEWER"],
  "entities.merge": ["OWNER", "REVIEWER"],
  "articles.import": ["OWNER", "REVIEWER"],
  "articles.editText": ["OWNER"],
  "articles.assign": ["OWNER"],
  "members.manage": ["OWNER"],
  "labels.manage": ["OWNER"],
  "project.manage": ["OWNER"],
};
const roles: Role[] = ["OWNER", "REVIEWER", "ANNOTATOR", "VIEWER"];

describe("can", () => {
  for (const [action, allowedRoles] of Object.entries(expected) as [ProjectAction, Role[]][]) {
    for (const role of roles) {
      const allowed = allowedRoles.includes(role);
      it(`${role} ${allowed ? "may" : "may not"} ${action}`, () => {
        expect(can(role, action)).toBe(allowed);
      });
    }
  }

  it("denies everything without a role (not a member)", () => {
    expect(can(null, "project.view")).toBe(false);
    expect(can(undefined, "dataset.export")).toBe(false);
  });
});

describe("canEditAnnotation", () => {
  it("lets annotators edit only their own annotations", () => {
    expect(canEditAnnotation("ANNOTATOR", "u1", "u1")).toBe(true);
    expect(canEditAnnotation("ANNOTATOR", "u1", "u2")).toBe(false);
  });
  it("lets reviewers and owners edit anyone's", () => {
    expect(canEditAnnotation("REVIEWER", "u1", "u2")).toBe(true);
    expect(canEditAnnotation("OWNER", "u1", "u2")).toBe(true);
  });
  it("never lets viewers edit, not even their own", () => {
    expect(canEditAnnotation("VIEWER", "u1", "u1")).toBe(false);
    expect(canEditAnnotation(null, "u1", "u1")).toBe(false);
  });
});
