import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { candidateLimitSchema } from "@/lib/validations/cluster-candidate";
import { findClusterCandidates } from "@/lib/server/cluster-candidate/find-cluster-candidates";
import { parseInput } from "@/lib/validations/parse-input";

type Context = { params: Promise<{ slug: string; annotationId: string }> };

// GET ?limit=N (1..50, default 10) → { candidates: ClusterCandidateDTO[] }, best first
export const GET = routeHandler(async (request, context: Context) => {
  const { slug, annotationId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const raw = new URL(request.url).searchParams.get("limit");
  let limit: number | undefined;
  if (raw !== null) {
    const data = parseInput(candidateLimitSchema, raw, "Invalid limit.");
    limit = data;
  }
  return NextResponse.json({ candidates: await findClusterCandidates(access, annotationId, { limit }) });
});
