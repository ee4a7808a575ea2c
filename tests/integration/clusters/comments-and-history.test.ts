import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CommentDTO } from "@/lib/review/review-dto";
import * as commentsRoute from "@/app/api/projects/[slug]/clusters/[clusterId]/comments/route";
import * as historyRoute from "@/app/api/projects/[slug]/clusters/[clusterId]/history/route";
import { createCluster } from "@/lib/server/cluster/create-cluster";
import { addClusterMember } from "@/lib/server/cluster/add-cluster-member";
import { setClusterDeleted } from "@/lib/server/cluster/set-cluster-deleted";
import { listNotifications } from "@/lib/server/notification/list-notifications";
import type { ClusterHistoryEntryDTO } from "@/lib/server/cluster/list-cluster-history";
import { call, createClusterFixture, params, tokenFor } from "./support/create-cluster-fixture";

describe("cluster comments and history (real Postgres)", () => {
  it("comments thread, mention members with a notification, refuse bad bodies; history lists every change newest first", async () => {
    const f = await createClusterFixture();
    const annotator = await f.access(f.annotator.id);
    const cluster = await createCluster(annotator, { title: "Arrest", members: [{ annotationId: f.claims[0]!.id, stance: "SAME" }] });
    await addClusterMember(annotator, cluster.id, { annotationId: f.claims[1]!.id, stance: "CONTRADICTS" });
    const token = await tokenFor(f.annotator.id);
    const path = `/api/projects/${f.slug}/clusters/${cluster.id}/comments`;
    const at = params({ slug: f.slug, clusterId: cluster.id });

    const before = await db.clusterComment.count({ where: { clusterId: cluster.id } });
    for (const body of [{ body: "   " }, { body: 5 }, { text: "hi" }, { body: "x".repeat(10_001) }]) {
      expect((await commentsRoute.POST(call(token, "POST", path, body), at)).status).toBe(400);
    }
    expect(await db.clusterComment.count({ where: { clusterId: cluster.id } })).toBe(before);

    const posted = await commentsRoute.POST(call(token, "POST", path, { body: `Monday or Tuesday? @${f.reviewer.email} please check` }), at);
    expect(posted.status).toBe(201);
    const { comment } = (await posted.json()) as { comment: CommentDTO };
    expect(comment).toMatchObject({ author: { id: f.annotator.id }, mentions: [f.reviewer.id], parentId: null });
    const reply = await commentsRoute.POST(call(await tokenFor(f.reviewer.id), "POST", path, { body: "Police say Monday.", parentId: comment.id }), at);
    expect(reply.status).toBe(201);
    const listed = (await (await commentsRoute.GET(call(await tokenFor(f.viewer.id), "GET", path), at)).json()) as { comments: CommentDTO[] };
    expect(listed.comments.map((c) => [c.body, c.parentId])).toEqual([
      [`Monday or Tuesday? @${f.reviewer.email} please check`, null],
      ["Police say Monday.", comment.id],
    ]);
    const reviewerInbox = await listNotifications(f.reviewer.id);
    expect(reviewerInbox.notifications[0]).toMatchObject({ kind: "MENTION", payload: { clusterId: cluster.id, commentId: comment.id } });
    const annotatorInbox = await listNotifications(f.annotator.id);
    expect(annotatorInbox.notifications[0]).toMatchObject({ kind: "REPLY", payload: { clusterId: cluster.id } });

    await setClusterDeleted(annotator, cluster.id, { version: 1 }, true);
    expect((await commentsRoute.POST(call(token, "POST", path, { body: "late" }), at)).status).toBe(409);

    const history = (await (await historyRoute.GET(call(token, "GET", `/api/projects/${f.slug}/clusters/${cluster.id}/history`), at)).json()) as {
      entries: ClusterHistoryEntryDTO[];
    };
    expect(history.entries.map((e) => e.action)).toEqual([
      "cluster.delete",
      "cluster.comment.create",
      "cluster.comment.create",
      "cluster.member.add",
      "cluster.member.add",
      "cluster.create",
    ]);
    expect(history.entries[0]).toMatchObject({ actor: { id: f.annotator.id, name: "Annotator" }, before: { deletedAt: null }, after: { deletedAt: expect.any(String) } });
  });
});
