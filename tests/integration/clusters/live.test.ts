import { afterAll, describe, expect, it } from "vitest";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { LiveEvent } from "@/lib/realtime/types";
import { closePubSub } from "@/lib/realtime/get-pub-sub";
import * as clusterEventsRoute from "@/app/api/projects/[slug]/clusters/events/route";
import * as articleEventsRoute from "@/app/api/projects/[slug]/articles/[articleId]/events/route";
import { createCluster } from "@/lib/server/cluster/create-cluster";
import { addClusterMember } from "@/lib/server/cluster/add-cluster-member";
import { updateCluster } from "@/lib/server/cluster/update-cluster";
import { readSse } from "@/tests/integration/realtime/support/read-sse";
import { createClusterFixture, params, tokenFor } from "./support/create-cluster-fixture";
import { withProjectAccess } from "@/tests/support/with-project-access";

afterAll(async () => closePubSub());

function open(token: string, url: string, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const request = new Request(`http://localhost${url}`, { headers: { authorization: `Bearer ${token}`, ...headers }, signal: controller.signal });
  return { request, abort: () => controller.abort() };
}

const eventOf = (data: string) => (JSON.parse(data) as { event: LiveEvent }).event;

describe("cluster live events (route handlers, real Postgres)", () => {
  it("the project stream sends each committed cluster change once, nothing of a rolled-back one, and catches up after Last-Event-ID", async () => {
    const f = await createClusterFixture();
    const viewer = await tokenFor(f.viewer.id);
    const bad = open(viewer, `/api/projects/${f.slug}/clusters/events?after=x1`);
    expect((await clusterEventsRoute.GET(bad.request, params({ slug: f.slug }))).status).toBe(400);

    const live = open(viewer, `/api/projects/${f.slug}/clusters/events`);
    const response = await clusterEventsRoute.GET(live.request, params({ slug: f.slug }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const stream = readSse(response.body!);
    await stream.next((frame) => frame.event === "hello");

    const annotator = await f.access(f.annotator.id);
    // Refused as a whole (the second member is not a claim of this project): rolls back, says nothing.
    await expect(
      createCluster(annotator, { title: "Doomed", members: [{ annotationId: f.claims[0]!.id, stance: "SAME" }, { annotationId: "missing", stance: "SAME" }] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Two members in two articles: the create and each member add arrive once each.
    const cluster = await createCluster(annotator, {
      title: "Arrest",
      members: [
        { annotationId: f.claims[0]!.id, stance: "SAME" },
        { annotationId: f.claims[1]!.id, stance: "SAME" },
      ],
    });
    const renamed = await updateCluster(annotator, cluster.id, { version: 1, title: "Arrest in Lahore" });
    const last = await stream.next((frame) => frame.id !== null && eventOf(frame.data).type === "cluster.updated");
    const events = stream.frames.filter((frame) => frame.id !== null).map((frame) => eventOf(frame.data));
    expect(events.map((e) => e.type)).toEqual(["cluster.member.added", "cluster.member.added", "cluster.created", "cluster.updated"]);
    expect(events.every((e) => e.payload.clusterId === cluster.id && e.articleId === null && !("annotationId" in e.payload))).toBe(true);
    expect(eventOf(last.data).payload.version).toBe(renamed.version);

    // A member claim deleted in its editor reaches the cluster page; a claim in no cluster does not.
    const { deleteAnnotation } = await import("@/lib/server/annotation/delete-annotation");
    await withProjectAccess(f.annotator.id, f.slug, (access) => deleteAnnotation(access, f.claims[2]!.id, { version: 1 }));
    await withProjectAccess(f.annotator.id, f.slug, (access) => deleteAnnotation(access, f.claims[1]!.id, { version: 1 }));
    const claimFrame = await stream.next((frame) => frame.id !== null && eventOf(frame.data).type === "cluster.claim.deleted");
    expect(eventOf(claimFrame.data)).toMatchObject({ articleId: null, payload: { clusterId: cluster.id, changeId: claimFrame.id } });
    expect(eventOf(claimFrame.data).payload).not.toHaveProperty("annotationId");
    expect(stream.frames.filter((frame) => frame.id !== null && eventOf(frame.data).type === "cluster.claim.deleted")).toHaveLength(1);
    live.abort();

    // Reconnect after the first event: the rest again, in order, once each.
    const firstId = stream.eventIds()[0]!;
    const again = open(viewer, `/api/projects/${f.slug}/clusters/events`, { "last-event-id": firstId });
    const resumed = readSse((await clusterEventsRoute.GET(again.request, params({ slug: f.slug }))).body!);
    await resumed.next((frame) => frame.id !== null && eventOf(frame.data).type === "cluster.updated");
    await resumed.next((frame) => frame.id !== null && eventOf(frame.data).type === "cluster.claim.deleted");
    const resumedTypes = resumed.frames.filter((frame) => frame.id !== null && BigInt(frame.id) > BigInt(firstId)).map((frame) => eventOf(frame.data).type);
    expect(resumedTypes).toEqual(["cluster.member.added", "cluster.created", "cluster.updated", "cluster.claim.deleted"]);
    again.abort();
  });

  it("an editor's article stream hears its member claims' cluster changes, with the claim attached", async () => {
    const f = await createClusterFixture();
    const articleId = f.articles[2]!.id;
    const editor = open(await tokenFor(f.reviewer.id), `/api/projects/${f.slug}/articles/${articleId}/events`);
    const stream = readSse((await articleEventsRoute.GET(editor.request, params({ slug: f.slug, articleId }))).body!);
    await stream.next((frame) => frame.event === "hello");
    const annotator = await f.access(f.annotator.id);
    const cluster = await createCluster(annotator, { title: "Arrest", members: [{ annotationId: f.claims[0]!.id, stance: "SAME" }] });
    await addClusterMember(annotator, cluster.id, { annotationId: f.claims[2]!.id, stance: "CORROBORATES" });
    const frame = await stream.next((fr) => fr.id !== null && eventOf(fr.data).type === "cluster.member.added");
    const data = JSON.parse(frame.data) as { event: LiveEvent; annotation: AnnotationDTO | null };
    expect(data.event).toMatchObject({ articleId, payload: { clusterId: cluster.id, annotationId: f.claims[2]!.id } });
    expect(data.annotation?.id).toBe(f.claims[2]!.id);
    // The create (no member in this article) was not sent to this editor.
    const clusterTypes = stream.frames.filter((fr) => fr.id !== null).map((fr) => eventOf(fr.data).type).filter((t) => t.startsWith("cluster."));
    expect(clusterTypes).toEqual(["cluster.member.added"]);
    editor.abort();
  });
});
