import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sha256Hex } from "@/lib/crypto/sha256-hex";
import type { ConflictBody } from "@/lib/annotations/annotation-dto";
import type { CommentsBody, HistoryBody, InboxBody, ReviewsBody } from "@/lib/review/review-dto";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { updateAnnotation } from "@/lib/server/annotation/update-annotation";
import * as reviewsRoute from "@/app/api/projects/[slug]/annotations/[annotationId]/reviews/route";
import * as commentsRoute from "@/app/api/projects/[slug]/annotations/[annotationId]/comments/route";
import * as commentRoute from "@/app/api/projects/[slug]/annotations/[annotationId]/comments/[commentId]/route";
import * as historyRoute from "@/app/api/projects/[slug]/annotations/[annotationId]/history/route";
import * as restoreRoute from "@/app/api/projects/[slug]/annotations/[annotationId]/history/restore/route";
import * as queueRoute from "@/app/api/projects/[slug]/reviews/route";
import * as inboxRoute from "@/app/api/inbox/route";
import * as inboxReadRoute from "@/app/api/inbox/read/route";
import { createAnnotationFixture } from "../annotations/support/create-annotation-fixture";
import { spanOf } from "../annotations/support/span-of";
import { withProjectAccess } from "@/tests/support/with-project-access";

// The route handlers called as Next would call them, with API tokens: status
// codes, wire shapes, and that refusals change nothing.
async function tokenFor(userId: string, projectId: string | null = null): Promise<string> {
  const secret = `cd_${randomBytes(16).toString("hex")}`;
  await db.apiToken.create({ data: { userId, projectId, name: "test", tokenHash: sha256Hex(secret), prefix: secret.slice(0, 8), scopes: [] } });
  return secret;
}

function call(token: string, method: string, path: string, body?: unknown): Request {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body !== undefined) headers["content-type"] = "application/json";
  return new Request(`http://localhost${path}`, { method, headers, body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body) });
}

const params = <T>(value: T) => ({ params: Promise.resolve(value) });

describe("review, comment, history and inbox routes (handlers called directly, real Postgres)", () => {
  it("decide, comment, read the inbox, restore: status codes and bodies", async () => {
    const f = await createAnnotationFixture();
    const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police said") }));
    const [reviewer, annotator, viewer] = await Promise.all([tokenFor(f.reviewer.id), tokenFor(f.annotator.id), tokenFor(f.viewer.id)]);
    const path = `/api/projects/${f.slug}/annotations/${claim.id}`;
    const at = params({ slug: f.slug, annotationId: claim.id });

    const byAnnotator = await reviewsRoute.POST(call(annotator, "POST", `${path}/reviews`, { decision: "ACCEPT", version: 1 }), at);
    expect(byAnnotator.status).toBe(403);
    const notJson = await reviewsRoute.POST(call(reviewer, "POST", `${path}/reviews`, "{nope"), at);
    expect(notJson.status).toBe(400);
    await withProjectAccess(f.annotator.id, f.slug, (access) => updateAnnotation(access, claim.id, { version: 1, note: "v2" }));
    const stale = await reviewsRoute.POST(call(reviewer, "POST", `${path}/reviews`, { decision: "ACCEPT", version: 1 }), at);
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as ConflictBody).current).toMatchObject({ id: claim.id, version: 2, note: "v2" });
    const decided = await reviewsRoute.POST(call(reviewer, "POST", `${path}/reviews`, { decision: "REQUEST_CHANGES", comment: "why?", version: 2 }), at);
    expect(decided.status).toBe(201);
    const listed = (await (await reviewsRoute.GET(call(annotator, "GET", `${path}/reviews`), at)).json()) as ReviewsBody;
    expect(listed).toMatchObject({ reviewState: "CHANGES_REQUESTED", canDecide: false, reviews: [{ decision: "REQUEST_CHANGES", comment: "why?" }] });

    expect((await commentsRoute.POST(call(viewer, "POST", `${path}/comments`, { body: "hi" }), at)).status).toBe(403);
    const posted = await commentsRoute.POST(call(annotator, "POST", `${path}/comments`, { body: `fixed, @${f.reviewer.email}` }), at);
    expect(posted.status).toBe(201);
    const { comment } = (await posted.json()) as { comment: { id: string } };
    const thread = (await (await commentsRoute.GET(call(viewer, "GET", `${path}/comments`), at)).json()) as CommentsBody;
    expect(thread.viewer.canComment).toBe(false);
    expect(thread.comments[0]!.segments).toEqual([{ text: "fixed, " }, { mention: { id: f.reviewer.id, name: "Reviewer", email: f.reviewer.email } }]);
    const one = params({ slug: f.slug, annotationId: claim.id, commentId: comment.id });
    expect((await commentRoute.PATCH(call(reviewer, "PATCH", `${path}/comments/${comment.id}`, { body: "mine now" }), one)).status).toBe(403);
    expect((await commentRoute.DELETE(call(annotator, "DELETE", `${path}/comments/${comment.id}`), one)).status).toBe(200);

    const count = (await (await inboxRoute.GET(call(reviewer, "GET", "/api/inbox?count=unread"), {})).json()) as { unread: number };
    expect(count).toEqual({ unread: 1 });
    const inbox = (await (await inboxRoute.GET(call(annotator, "GET", "/api/inbox"), {})).json()) as InboxBody;
    expect(inbox.notifications.map((n) => n.kind)).toEqual(["REVIEW"]);
    expect((await inboxReadRoute.POST(call(annotator, "POST", "/api/inbox/read", { ids: "all" }), {})).status).toBe(400);
    expect(await (await inboxReadRoute.POST(call(annotator, "POST", "/api/inbox/read", { all: true }), {})).json()).toEqual({ updated: 1, unread: 0 });

    const history = (await (await historyRoute.GET(call(annotator, "GET", `${path}/history`), at)).json()) as HistoryBody;
    const created = history.entries.find((e) => e.action === "annotation.create")!;
    const restored = await restoreRoute.POST(call(annotator, "POST", `${path}/history/restore`, { entryId: created.id, version: 2 }), at);
    expect(restored.status).toBe(200);
    expect(((await restored.json()) as { annotation: { note: string; version: number } }).annotation).toMatchObject({ note: "", version: 3 });
    expect((await restoreRoute.POST(call(annotator, "POST", `${path}/history/restore`, { entryId: created.id, version: 2 }), at)).status).toBe(409);

    const queue = (await (await queueRoute.GET(call(reviewer, "GET", `/api/projects/${f.slug}/reviews?reviewState=ANY&kind=`), params({ slug: f.slug }))).json()) as {
      items: Array<{ id: string }>;
    };
    expect(queue.items.map((i) => i.id)).toEqual([claim.id]);
    expect((await queueRoute.GET(call(reviewer, "GET", `/api/projects/${f.slug}/reviews?from=yesterday`), params({ slug: f.slug }))).status).toBe(400);
  });

  it("a token of another project, or a member of another project, gets 404 and nothing changes", async () => {
    const f = await createAnnotationFixture();
    const g = await createAnnotationFixture();
    const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police said") }));
    const outsider = await tokenFor(g.reviewer.id);
    const bound = await tokenFor(f.reviewer.id, g.project.id);
    const path = `/api/projects/${f.slug}/annotations/${claim.id}`;
    const at = params({ slug: f.slug, annotationId: claim.id });
    for (const token of [outsider, bound]) {
      expect((await reviewsRoute.POST(call(token, "POST", `${path}/reviews`, { decision: "ACCEPT", version: 1 }), at)).status).toBe(404);
      expect((await reviewsRoute.GET(call(token, "GET", `${path}/reviews`), at)).status).toBe(404);
      expect((await commentsRoute.GET(call(token, "GET", `${path}/comments`), at)).status).toBe(404);
      expect((await historyRoute.GET(call(token, "GET", `${path}/history`), at)).status).toBe(404);
    }
    // Through their own project's slug the annotation does not exist either.
    const viaOwn = params({ slug: g.slug, annotationId: claim.id });
    expect((await commentsRoute.POST(call(outsider, "POST", `/api/projects/${g.slug}/annotations/${claim.id}/comments`, { body: "x" }), viaOwn)).status).toBe(404);
    expect(await db.review.count({ where: { annotationId: claim.id } })).toBe(0);
    expect(await db.comment.count({ where: { annotationId: claim.id } })).toBe(0);

    // A token bound to project g does not see (or mark) f's notifications of the same person.
    await reviewsRoute.POST(call(await tokenFor(f.owner.id), "POST", `${path}/reviews`, { decision: "ACCEPT", version: 1 }), at);
    const annotatorBound = await tokenFor(f.annotator.id, g.project.id);
    expect(await (await inboxRoute.GET(call(annotatorBound, "GET", "/api/inbox?count=unread"), {})).json()).toEqual({ unread: 0 });
    expect(await (await inboxReadRoute.POST(call(annotatorBound, "POST", "/api/inbox/read", { all: true }), {})).json()).toEqual({ updated: 0, unread: 0 });
    const annotatorAll = await tokenFor(f.annotator.id);
    expect(await (await inboxRoute.GET(call(annotatorAll, "GET", "/api/inbox?count=unread"), {})).json()).toEqual({ unread: 1 });
  });
});
