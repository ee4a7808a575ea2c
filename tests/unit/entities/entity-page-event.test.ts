import { describe, expect, it } from "vitest";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { LiveEvent } from "@/lib/realtime/types";
import { involvesEntity, toEntityPageEvent } from "@/lib/entities/entity-page-event";

const event = (type: string, payload: Record<string, unknown>, articleId: string | null = null): LiveEvent => ({
  id: "7", projectId: "p", articleId, type, actorId: "u2", payload, createdAt: "2026-12-07T00:00:00.000Z",
});
const annotation = (entityId: string | null, links: string[], authorId = "u2") =>
  ({ id: "a1", articleId: "art", author: { id: authorId, name: "Colleague" }, entityId, entities: links.map((id) => ({ entityId: id, role: "SUBJECT", mentionId: null })) }) as unknown as AnnotationDTO;
const everyone = () => true;
const onlyMine = (row: { authorId: string }) => row.authorId === "me";

describe("involvesEntity", () => {
  it("a mention of it or a claim linking it, and nothing else", () => {
    expect(involvesEntity(annotation("e1", []), "e1")).toBe(true);
    expect(involvesEntity(annotation(null, ["e2", "e1"]), "e1")).toBe(true);
    expect(involvesEntity(annotation("e2", ["e3"]), "e1")).toBe(false);
  });
});

describe("toEntityPageEvent", () => {
  it("tells an entity change that names it (directly or among the entities it carries) with the id only", () => {
    expect(toEntityPageEvent(event("entity.updated", { entityId: "e1", entities: [{ id: "e1", name: "X" }] }), "e1", { annotation: null, wasInvolved: false }, everyone))
      .toMatchObject({ id: "7", type: "entity.updated", articleId: null, payload: { entityId: "e1" } });
    expect(toEntityPageEvent(event("entity.merged", { entityId: "e9", entities: [{ id: "e9" }, { id: "e1" }] }), "e1", { annotation: null, wasInvolved: false }, everyone)?.payload)
      .toEqual({ entityId: "e1" });
    expect(toEntityPageEvent(event("entity.updated", { entityId: "e2", entities: [{ id: "e2" }] }), "e1", { annotation: null, wasInvolved: false }, everyone)).toBeNull();
  });

  it("tells an annotation change that involves it now or did before, without its article, and nothing else", () => {
    const linked = toEntityPageEvent(event("annotation.updated", { annotationId: "a1", version: 2 }, "art"), "e1", { annotation: annotation(null, ["e1"]), wasInvolved: false }, everyone);
    expect(linked).toMatchObject({ articleId: null, payload: { annotationId: "a1" } });
    expect(linked?.payload).not.toHaveProperty("version");
    const unlinked = toEntityPageEvent(event("annotation.updated", { annotationId: "a1" }, "art"), "e1", { annotation: annotation(null, []), wasInvolved: true }, everyone);
    expect(unlinked?.payload).toEqual({ annotationId: "a1" });
    expect(toEntityPageEvent(event("annotation.updated", { annotationId: "a1" }, "art"), "e1", { annotation: annotation("e2", []), wasInvolved: false }, everyone)).toBeNull();
    expect(toEntityPageEvent(event("annotation.created", { annotationId: "a1" }, "art"), "e1", { annotation: null, wasInvolved: false }, everyone)).toBeNull();
    expect(toEntityPageEvent(event("comment.created", { annotationId: "a1" }, "art"), "e1", { annotation: annotation("e1", []), wasInvolved: true }, everyone)).toBeNull();
  });

  it("withholds an annotation the viewer may not see (blind annotation)", () => {
    expect(toEntityPageEvent(event("annotation.created", { annotationId: "a1" }, "art"), "e1", { annotation: annotation("e1", [], "u2"), wasInvolved: false }, onlyMine)).toBeNull();
    expect(toEntityPageEvent(event("annotation.created", { annotationId: "a1" }, "art"), "e1", { annotation: annotation("e1", [], "me"), wasInvolved: false }, onlyMine)).not.toBeNull();
  });
});
