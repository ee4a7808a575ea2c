import { afterAll, describe, expect, it } from "vitest";
import type { AnnotationDTO, ConflictBody } from "@/lib/annotations/annotation-dto";
import * as annotationRoute from "@/app/api/projects/[slug]/annotations/[annotationId]/route";
import * as eventsRoute from "@/app/api/projects/[slug]/articles/[articleId]/events/route";
import { closePubSub } from "@/lib/realtime/get-pub-sub";
import { db } from "@/lib/db";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { findAnnotationDTO } from "@/lib/server/annotation/find-annotation-dto";
import { createAnnotationFixture } from "../annotations/support/create-annotation-fixture";
import { spanOf } from "../annotations/support/span-of";
import { readSse } from "./support/read-sse";
import { tokenFor } from "./support/token-for";
import { withProjectAccess } from "@/tests/support/with-project-access";

afterAll(async () => closePubSub());

// Two people's editors save the same annotation from the same version at the
// same moment, over HTTP: one wins, the other gets 409 with the winner's
// state, the stored row is the winner's, and open streams hear of the winner only.
describe("concurrent edits over HTTP", () => {
  it("exactly one of two saves from the same version lands; the other gets 409 with the stored (winner's) state", async () => {
    const f = await createAnnotationFixture();
    const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police") }));
    const watching = new AbortController();
    const stream = readSse(
      (
        await eventsRoute.GET(
          new Request(`http://localhost/api/projects/${f.slug}/articles/${f.article.id}/events`, {
            headers: { authorization: `Bearer ${await tokenFor(f.viewer.id)}` },
            signal: watching.signal,
          }),
          { params: Promise.resolve({ slug: f.slug, articleId: f.article.id }) },
        )
      ).body!,
    );
    await stream.next((frame) => frame.event === "hello");

    const patch = async (userId: string, note: string) =>
      annotationRoute.PATCH(
        new Request(`http://localhost/api/projects/${f.slug}/annotations/${claim.id}`, {
          method: "PATCH",
          headers: { authorization: `Bearer ${await tokenFor(userId)}`, "content-type": "application/json" },
          body: JSON.stringify({ version: 1, note }),
        }),
        { params: Promise.resolve({ slug: f.slug, annotationId: claim.id }) },
      );
    const responses = await Promise.all([patch(f.annotator.id, "annotator's note"), patch(f.reviewer.id, "reviewer's note")]);
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    const winner = ((await responses.find((r) => r.status === 200)!.json()) as { annotation: AnnotationDTO }).annotation;
    const loser = (await responses.find((r) => r.status === 409)!.json()) as ConflictBody;

    const stored = await findAnnotationDTO(db, f.project.id, claim.id);
    expect(stored).toEqual(winner);
    expect(stored?.version).toBe(2);
    expect(loser.current).toEqual(stored);

    const update = await stream.next((frame) => frame.id !== null && frame.data.includes('"annotation.updated"'));
    expect((JSON.parse(update.data) as { annotation: AnnotationDTO }).annotation).toEqual(stored);
    const events = await db.event.findMany({ where: { projectId: f.project.id, type: "annotation.updated" } });
    expect(events).toHaveLength(1);
    watching.abort();
  });
});
