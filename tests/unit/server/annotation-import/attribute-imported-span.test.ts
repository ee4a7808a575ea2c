import { describe, expect, it } from "vitest";
import type { ImportedSpan } from "@/lib/import/annotations/types";
import { attributeImportedSpan, importedDate } from "@/lib/server/annotation-import/attribute-imported-span";
import type { ImportContext } from "@/lib/server/annotation-import/load-import-context";

const ME = "u-importer";
const COLLEAGUE = "u-member";
const STRANGER = "u-elsewhere";

function context(keepAuthors: boolean, keepReviewStates: boolean): ImportContext {
  return { projectId: "p", userId: ME, labels: [], memberIds: new Set([ME, COLLEAGUE]), articles: [], entities: [], defaultStatusId: null, keepAuthors, keepReviewStates };
}

function span(authorId: string | null, state: "PENDING" | "ACCEPTED" = "ACCEPTED", gold = true): ImportedSpan {
  return {
    item: "s", sourceId: "s", kind: "CLAIM", start: 0, end: 1, exact: "x", label: null, entityId: null, claim: null, note: null,
    author: authorId ? { id: authorId, name: authorId } : null,
    review: { state, gold, lastDecision: state === "ACCEPTED" ? "ACCEPT" : null, lastDecidedAt: "2024-03-02T10:00:00.000Z" },
    createdAt: null, updatedAt: null,
  };
}

const pending = { reviewState: "PENDING", isGold: false, lastDecision: null, lastDecidedAt: null };
const accepted = { reviewState: "ACCEPTED", isGold: true, lastDecision: "ACCEPT", lastDecidedAt: new Date("2024-03-02T10:00:00.000Z") };

describe("attributeImportedSpan", () => {
  it("by default: the importer is the author and everything arrives pending", () => {
    expect(attributeImportedSpan(span(COLLEAGUE), context(false, false), true)).toEqual({ authorId: ME, authorReplaced: true, reviewReset: true, ...pending });
  });

  it("keeping authors keeps members only, and only from Claimdesk files", () => {
    expect(attributeImportedSpan(span(COLLEAGUE), context(true, false), true)).toMatchObject({ authorId: COLLEAGUE, authorReplaced: false, ...pending });
    expect(attributeImportedSpan(span(STRANGER), context(true, false), true)).toMatchObject({ authorId: ME, authorReplaced: true });
    expect(attributeImportedSpan(span(COLLEAGUE), context(true, false), false)).toMatchObject({ authorId: ME, authorReplaced: false });
  });

  it("keeping review states keeps them on colleagues' work, never on the importer's own", () => {
    expect(attributeImportedSpan(span(COLLEAGUE), context(true, true), true)).toEqual({ authorId: COLLEAGUE, authorReplaced: false, reviewReset: false, ...accepted });
    expect(attributeImportedSpan(span(ME), context(true, true), true)).toEqual({ authorId: ME, authorReplaced: false, reviewReset: true, ...pending });
    // Without keeping authors, a colleague's work becomes the importer's own: pending too.
    expect(attributeImportedSpan(span(COLLEAGUE), context(false, true), true)).toMatchObject({ authorId: ME, reviewReset: true, ...pending });
  });

  it("a pending, non-gold span has nothing to reset", () => {
    expect(attributeImportedSpan(span(COLLEAGUE, "PENDING", false), context(false, false), true)).toMatchObject({ reviewReset: false, ...pending });
  });
});

describe("importedDate", () => {
  it("keeps real dates in years 1–9999 and drops the rest", () => {
    expect(importedDate("2024-03-01T08:00:00.000Z")).toEqual(new Date("2024-03-01T08:00:00.000Z"));
    expect(importedDate("garbage")).toBeNull();
    expect(importedDate("+275760-09-13T00:00:00.000Z")).toBeNull();
    expect(importedDate("-000001-01-01T00:00:00.000Z")).toBeNull();
    expect(importedDate(null)).toBeNull();
  });
});
