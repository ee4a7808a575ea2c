import { describe, expect, it } from "vitest";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { linkableMentions } from "@/components/editor/panel/linkable-mentions";

function mention(id: string, start: number, entityId: string | null, deletedAt: string | null = null): AnnotationDTO {
  return {
    id, articleId: "art", revision: 1, kind: "ENTITY_MENTION", start, end: start + 3, exact: "Bob", prefix: "", suffix: "",
    anchorState: "ANCHORED", author: { id: "u", name: "U" }, claimTypeId: null, statusId: null, checkWorthiness: null,
    confidence: null, textChangedAfterVerdict: false, summary: "", verdictExplanation: "", entities: [], evidence: [], entityId, entityTypeId: "person", note: "",
    reviewState: "PENDING", isGold: false, version: 1, createdAt: "2026-01-01T00:00:00Z", updatedAt: "2026-01-01T00:00:00Z", deletedAt,
  };
}

describe("linkableMentions", () => {
  it("lists mentions whose entity is not linked, in text order, one per entity", () => {
    const mentions = [mention("m3", 30, "e2"), mention("m1", 10, "e1"), mention("m2", 20, "e1")];
    expect(linkableMentions(mentions, []).map((item) => item.mention.id)).toEqual(["m1", "m3"]);
  });

  it("skips entities already linked in any role", () => {
    const mentions = [mention("m1", 10, "e1"), mention("m2", 20, "e2")];
    const result = linkableMentions(mentions, [{ entityId: "e1", role: "CLAIMANT", mentionId: null }]);
    expect(result).toEqual([{ mention: mentions[1], entityId: "e2" }]);
  });

  it("skips mentions without an entity and deleted ones", () => {
    expect(linkableMentions([mention("m1", 10, null), mention("m2", 20, "e1", "2026-01-02T00:00:00Z")], [])).toEqual([]);
  });
});
