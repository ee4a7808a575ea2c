import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { LiveEvent } from "@/lib/realtime/types";
import { closePubSub } from "@/lib/realtime/get-pub-sub";
import * as entityEventsRoute from "@/app/api/projects/[slug]/entities/[entityId]/events/route";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { updateAnnotation } from "@/lib/server/annotation/update-annotation";
import { deleteAnnotation } from "@/lib/server/annotation/delete-annotation";
import { createEntity } from "@/lib/server/entity/create-entity";
import { updateEntity } from "@/lib/server/entity/update-entity";
import { mergeEntities } from "@/lib/server/entity/merge-entities";
import { readSse, type SseFrame } from "@/tests/integration/realtime/support/read-sse";
import { labelId } from "@/tests/integration/annotations/support/label-id";
import { spanOf } from "@/tests/integration/annotations/support/span-of";
import { withProjectAccess } from "@/tests/support/with-project-access";
import { createClusterFixture, params, tokenFor } from "../clusters/support/create-cluster-fixture";

afterAll(async () => closePubSub());

function open(token: string, slug: string, entityId: string, query = "") {
  const controller = new AbortController();
  const request = new Request(`http://localhost/api/projects/${slug}/entities/${entityId}/events${query}`, {
    headers: { authorization: `Bearer ${token}` },
    signal: controller.signal,
  });
  return { response: entityEventsRoute.GET(request, params({ slug, entityId })), abort: () => controller.abort() };
}

// The stored events after `start`: a stream opened "from now" also re-sends
// the last minute's (the late-commit window), such as the entities' creation.
const told = (frames: readonly SseFrame[], start: bigint) =>
  frames.filter((frame) => frame.id !== null && BigInt(frame.id) > start).map((frame) => (JSON.parse(frame.data) as { event: LiveEvent }).event).map((e) => ({ type: e.type, ...e.payload }));

const latestEventId = async (projectId: string) =>
  (await db.event.findFirst({ where: { projectId }, orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0n;

async function fixture() {
  const f = await createClusterFixture();
  const person = await labelId(f.project.id, "ENTITY_TYPE", "person");
  const place = (name: string) => withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: person, name }));
  const lahore = await place("Lahore");
  const punjab = await place("Punjab");
  const mention = (userId: string, article: { id: string; text: string }, entityId: string, occurrence = 1) =>
    withProjectAccess(userId, f.slug, (access) => createAnnotation(access, article.id, { kind: "ENTITY_MENTION", revision: 1, ...spanOf(article.text, "Lahore", occurrence), entityId }));
  return { ...f, lahore, punjab, mention };
}

describe("entity page live events (route handler, real Postgres)", () => {
  it("tells each change by a colleague to the entity and to its mentions and claim links, an unlink too, and nothing about other entities", async () => {
    const f = await fixture();
    const bad = open(await tokenFor(f.viewer.id), f.slug, f.lahore.id, "?after=x1");
    expect((await bad.response).status).toBe(400);
    expect((await open(await tokenFor(f.viewer.id), f.slug, "no-such-entity").response).status).toBe(404);

    const start = await latestEventId(f.project.id);
    const live = open(await tokenFor(f.viewer.id), f.slug, f.lahore.id);
    const response = await live.response;
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const stream = readSse(response.body!);
    await stream.next((frame) => frame.event === "hello");

    const as = <T>(userId: string, run: (access: Awaited<ReturnType<typeof f.access>>) => Promise<T>) => withProjectAccess(userId, f.slug, run);
    // A mention of it; a mention of another entity (not told).
    const m1 = await f.mention(f.annotator.id, f.articles[0]!, f.lahore.id);
    const other = await f.mention(f.annotator.id, f.articles[1]!, f.punjab.id);
    // A claim linked to it, then unlinked (told: the page listed it).
    const claim = f.claims[0]!;
    const linked = await as(f.annotator.id, (access) => updateAnnotation(access, claim.id, { version: 1, entities: [{ entityId: f.lahore.id, role: "PLACE", mentionId: m1.id }] }));
    await as(f.annotator.id, (access) => updateAnnotation(access, claim.id, { version: linked.version, entities: [] }));
    // A claim of another entity's changes: not told.
    await as(f.annotator.id, (access) => updateAnnotation(access, f.claims[1]!.id, { version: 1, note: "checked" }));
    // The entity renamed; the other merged into it (its mention moves here); the first mention deleted.
    const renamed = await as(f.annotator.id, (access) => updateEntity(access, f.lahore.id, { version: 1, name: "Lahore city" }));
    await as(f.reviewer.id, (access) => mergeEntities(access, f.lahore.id, { sourceId: f.punjab.id, sourceVersion: 1, targetVersion: renamed.version }));
    await as(f.annotator.id, (access) => deleteAnnotation(access, m1.id, { version: 1 }));

    await stream.next((frame) => frame.id !== null && frame.data.includes("annotation.deleted"));
    expect(told(stream.frames, start)).toEqual([
      { type: "annotation.created", annotationId: m1.id },
      { type: "annotation.updated", annotationId: claim.id },
      { type: "annotation.updated", annotationId: claim.id },
      { type: "entity.updated", entityId: f.lahore.id },
      { type: "annotation.updated", annotationId: other.id },
      { type: "entity.merged", entityId: f.lahore.id },
      { type: "annotation.deleted", annotationId: m1.id },
    ]);
    live.abort();
  });

  it("in a blind project, an annotator's page is told of their own mentions, not of a colleague's they may not see", async () => {
    const f = await fixture();
    await db.project.update({ where: { id: f.project.id }, data: { blindAnnotation: true } });
    const start = await latestEventId(f.project.id);
    const live = open(await tokenFor(f.annotator.id), f.slug, f.lahore.id);
    const stream = readSse((await live.response).body!);
    await stream.next((frame) => frame.event === "hello");

    const colleagues = await f.mention(f.owner.id, f.articles[0]!, f.lahore.id);
    const own = await f.mention(f.annotator.id, f.articles[1]!, f.lahore.id);
    await stream.next((frame) => frame.id !== null && frame.data.includes(own.id));
    expect(told(stream.frames, start)).toEqual([{ type: "annotation.created", annotationId: own.id }]);
    expect(colleagues.id).not.toBe(own.id);
    live.abort();
  });
});
