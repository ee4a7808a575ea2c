import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { rejectClusterCandidate } from "@/lib/server/cluster-candidate/reject-cluster-candidate";
import { undoClusterCandidateRejection } from "@/lib/server/cluster-candidate/undo-cluster-candidate-rejection";

type Context = { params: Promise<{ slug: string; annotationId: string }> };

// POST { annotationId } | { articleId, start, end } → 201 { rejection } (200 when already rejected)
export const POST = routeHandler(async (request, context: Context) => {
  const { slug, annotationId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const { rejection, created } = await rejectClusterCandidate(access, annotationId, await readJsonBody(request, 10_000));
  return NextResponse.json({ rejection }, { status: created ? 201 : 200 });
});

// DELETE with the same body → { rejection } (the one removed)
export const DELETE = routeHandler(async (request, context: Context) => {
  const { slug, annotationId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const rejection = await undoClusterCandidateRejection(access, annotationId, { body: await readJsonBody(request, 10_000) });
  return NextResponse.json({ rejection });
});
