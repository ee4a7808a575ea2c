import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import * as eventsRoute from "@/app/api/projects/[slug]/articles/[articleId]/events/route";
import * as presenceRoute from "@/app/api/projects/[slug]/articles/[articleId]/presence/route";
import { closePubSub } from "@/lib/realtime/get-pub-sub";
import type { LiveEvent, PresenceEntry } from "@/lib/realtime/types";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { updateAnnotation } from "@/lib/server/annotation/update-annotation";
import { recordEvent } from "@/lib/server/event/record-event";
import { createAnnotationFixture } from "../annotations/support/create-annotation-fixture";
import { spanOf } from "../annotations/support/span-of";
import { createTestArticle } from "../annotations/support/create-test-article";
import { readSse } from "./support/read-sse";
import { tokenFor } from "./support/token-for";
import { withProjectAccess } from "@/tests/support/with-project-access";
import { transaction } from "@/lib/db/transaction";

afterAll(async () => closePubSub());

const params = <T>(value: T) => ({ params: Promise.resolve(value) });
type Opened = { response: Response; abort: () => void };

async function open(token: string, slug: string, articleId: string, query = "", headers: Record<string, string> = {}): Promise<Opened> {
  const controller = new AbortController();
  const request = new Request(`http://localhost/api/projects/${slug}/articles/${articleId}/events${query}`, {
    headers: { authorization: `Bearer ${token}`, ...headers },
    signal: controller.signal,
  });
  const response = await eventsRoute.GET(request, params({ slug, articleId }));
  return { response, abort: () => controller.abort() };
}

const dataOf = (data: string) => JSON.parse(data) as { event: LiveEvent; annotation: AnnotationDTO | null };

describe("article event stream (route handler, real Postgres)", () => {
  // (401 for anonymous requests: tests/e2e/anonymous-access.spec.ts, which has a real session layer.)
  it("answers 404 to outsiders and for unknown articles, 400 for a bad cursor", async () => {
    const f = await createAnnotationFixture();
    expect((await open(await tokenFor(f.outsider.id), f.slug, f.article.id)).response.status).toBe(404);
    const viewer = await tokenFor(f.viewer.id);
    expect((await open(viewer, f.slug, "no-such-article")).response.status).toBe(404);
    const bad = await open(viewer, f.slug, f.article.id, "?after=12abc");
    expect(bad.response.status).toBe(400);
    expect(await bad.response.json()).toMatchObject({ error: { code: "BAD_REQUEST" } });
  });

  it("streams changes as they commit, with the annotation's state, and catches up from Last-Event-ID or ?after= without gaps", async () => {
    const f = await createAnnotationFixture();
    const viewerToken = await tokenFor(f.viewer.id);
    const live = await open(viewerToken, f.slug, f.article.id);
    expect(live.response.status).toBe(200);
    expect(live.response.headers.get("content-type")).toContain("text/event-stream");
    const stream = readSse(live.response.body!);
    await stream.next((frame) => frame.event === "hello");
    // The viewer's own presence comes back through the bus.
    await stream.next((frame) => frame.event === "presence" && (JSON.parse(frame.data) as { entries: PresenceEntry[] }).entries.length === 1);

    const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police") }));
    const created = dataOf((await stream.next((frame) => frame.id !== null)).data);
    expect(created.event).toMatchObject({ type: "annotation.created", actorId: f.annotator.id, articleId: f.article.id, payload: { annotationId: claim.id, version: 1 } });
    expect(created.annotation).toEqual(claim);

    const updated = await withProjectAccess(f.annotator.id, f.slug, (access) => updateAnnotation(access, claim.id, { version: 1, note: "checked" }));
    // Project-wide events (articleId null) come too; another article's do not.
    const other = await createTestArticle(f.project.id, "Another article.", f.owner.id);
    await transaction(async (tx) => {
      await recordEvent(tx, { projectId: f.project.id, articleId: other.id, type: "annotation.updated", payload: { annotationId: "elsewhere" } });
      await recordEvent(tx, { projectId: f.project.id, articleId: null, type: "entity.created", payload: { entityId: "e1" } });
    });
    const entity = await stream.next((frame) => frame.id !== null && dataOf(frame.data).event.type === "entity.created");
    const ids = stream.eventIds();
    expect(ids).toHaveLength(3);
    expect(ids.at(-1)).toBe(entity.id);
    const second = dataOf(stream.frames.find((frame) => frame.id === ids[1])!.data);
    expect(second.event.type).toBe("annotation.updated");
    expect(second.annotation).toEqual(updated);
    live.abort();

    // A client that saw only the first event resumes after it: the rest
    // arrive in order; recent ones at or below its cursor may be repeated
    // (late commits), never anything of another article.
    for (const [query, headers] of [[`?after=${ids[0]}`, {}], ["", { "last-event-id": ids[0]! }]] as const) {
      const resumed = await open(viewerToken, f.slug, f.article.id, query, headers);
      const again = readSse(resumed.response.body!);
      await again.next((frame) => frame.id === ids[2]);
      const after = again.eventIds().filter((id) => BigInt(id) > BigInt(ids[0]!));
      expect(after).toEqual(ids.slice(1));
      expect(new Set(again.eventIds()).size).toBe(again.eventIds().length);
      resumed.abort();
    }
  });

  // Needs two connections at once; the embedded database has one (and runs its transactions one at a time).
  it.skipIf(process.env.DATABASE_POOL_MAX === "1")("sends an event whose id was taken before a higher one but committed after it", async () => {
    const f = await createAnnotationFixture();
    const stream = readSse((await open(await tokenFor(f.viewer.id), f.slug, f.article.id)).response.body!);
    await stream.next((frame) => frame.event === "hello");
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const lowTaken = new Promise<void>((resolve) => (inserted = resolve));
    const slow = transaction(async (tx) => {
      await recordEvent(tx, { projectId: f.project.id, articleId: f.article.id, type: "test.slow", payload: {} });
      inserted();
      await held;
    });
    await lowTaken;
    await recordEvent(db, { projectId: f.project.id, articleId: f.article.id, type: "test.fast", payload: {} });
    const fast = await stream.next((frame) => frame.id !== null && dataOf(frame.data).event.type === "test.fast");
    release();
    await slow;
    const late = await stream.next((frame) => frame.id !== null && dataOf(frame.data).event.type === "test.slow");
    expect(BigInt(late.id!)).toBeLessThan(BigInt(fast.id!));

    // A client that had only the fast one when it dropped gets the slow one on resuming.
    const resumed = readSse((await open(await tokenFor(f.viewer.id), f.slug, f.article.id, `?after=${fast.id}`)).response.body!);
    await resumed.next((frame) => frame.id === late.id);
  });

  it("presence: a viewer's selection reaches the others; only the stream's owner can announce it", async () => {
    const f = await createAnnotationFixture();
    const annotatorToken = await tokenFor(f.annotator.id);
    const mine = readSse((await open(annotatorToken, f.slug, f.article.id)).response.body!);
    const { connectionId } = JSON.parse((await mine.next((frame) => frame.event === "hello")).data) as { connectionId: string };
    const theirs = readSse((await open(await tokenFor(f.reviewer.id), f.slug, f.article.id)).response.body!);
    await theirs.next((frame) => frame.event === "hello");

    const announce = async (token: string, body: unknown) =>
      presenceRoute.POST(
        new Request(`http://localhost/api/projects/${f.slug}/articles/${f.article.id}/presence`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify(body),
        }),
        params({ slug: f.slug, articleId: f.article.id }),
      );
    // Wait until the annotator's stream has announced itself.
    await theirs.next((frame) => frame.event === "presence" && frame.data.includes(connectionId));
    expect((await announce(annotatorToken, { connectionId, selectedAnnotationId: "ann-1" })).status).toBe(204);
    const seen = await theirs.next((frame) => frame.event === "presence" && frame.data.includes('"selectedAnnotationId":"ann-1"'));
    const entries = (JSON.parse(seen.data) as { entries: PresenceEntry[] }).entries;
    expect(entries.find((e) => e.connectionId === connectionId)).toMatchObject({ userId: f.annotator.id, selectedAnnotationId: "ann-1" });

    expect((await announce(await tokenFor(f.reviewer.id), { connectionId, selectedAnnotationId: null })).status).toBe(404);
    expect((await announce(annotatorToken, { connectionId: "not-a-uuid", selectedAnnotationId: null })).status).toBe(400);
  });
});
