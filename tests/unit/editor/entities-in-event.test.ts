import { describe, expect, it } from "vitest";
import { entitiesInEvent } from "@/components/editor/live/entities-in-event";
import type { LiveEvent } from "@/lib/realtime/types";

const entity = { id: "e1", typeId: "t1", name: "Hafiz Saeed", aliases: ["Saeed"], description: "", externalId: "Q380357", version: 2 };
const event = (type: string, payload: Record<string, unknown>): LiveEvent => ({ id: "9", projectId: "p", articleId: null, type, actorId: "u", payload, createdAt: "2026-12-07T00:00:00.000Z" });

describe("entitiesInEvent", () => {
  it("reads the entities of registry events", () => {
    const source = { ...entity, id: "e2", name: "Muhammad Saeed", externalId: null };
    expect(entitiesInEvent(event("entity.merged", { entityId: "e1", entities: [entity, source] }))).toEqual([entity, source]);
    expect(entitiesInEvent(event("entity.updated", { entityId: "e1", version: 2, entities: [entity] }))).toEqual([entity]);
  });

  it("ignores other events and malformed entries", () => {
    expect(entitiesInEvent(event("annotation.updated", { entities: [entity] }))).toEqual([]);
    expect(entitiesInEvent(event("entity.updated", { entityId: "e1", version: 2 }))).toEqual([]);
    expect(entitiesInEvent(event("entity.split", { entities: [{ ...entity, aliases: [1] }, { id: "e3" }, entity] }))).toEqual([entity]);
  });
});
