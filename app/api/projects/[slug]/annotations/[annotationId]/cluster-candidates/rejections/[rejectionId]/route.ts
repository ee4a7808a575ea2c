import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { undoClusterCandidateRejection } from "@/lib/server/cluster-candidate/undo-cluster-candidate-rejection";

type Context = { params: Promise<{ slug: string; annotationId: string; rejectionId: string }> };

// DELETE → { rejection } (the one removed)
export const DELETE = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const { slug, annotationId, rejectionId } = await context.params;
  const access = await requireApiProjectAccess(principal, slug);
  const rejection = await undoClusterCandidateRejection(access, annotationId, { rejectionId });
  return NextResponse.json({ rejection });
});
