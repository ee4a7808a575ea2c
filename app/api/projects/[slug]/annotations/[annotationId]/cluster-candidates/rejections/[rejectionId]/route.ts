import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { undoClusterCandidateRejection } from "@/lib/server/cluster-candidate/undo-cluster-candidate-rejection";

type Context = { params: Promise<{ slug: string; annotationId: string; rejectionId: string }> };

// DELETE → { rejection } (the one removed)
export const DELETE = routeHandler(async (request, context: Context) => {
  const { slug, annotationId, rejectionId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const rejection = await undoClusterCandidateRejection(access, annotationId, { rejectionId });
  return NextResponse.json({ rejection });
});
