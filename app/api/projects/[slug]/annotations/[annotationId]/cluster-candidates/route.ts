import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { AppError } from "@/lib/errors/app-error";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { candidateLimitSchema } from "@/lib/validations/cluster-candidate";
import { findClusterCandidates } from "@/lib/server/cluster-candidate/find-cluster-candidates";

type Context = { params: Promise<{ slug: string; annotationId: string }> };

// GET ?limit=N (1..50, default 10) → { candidates: ClusterCandidateDTO[] }, best first
export const GET = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const { slug, annotationId } = await context.params;
  const access = await requireApiProjectAccess(principal, slug);
  const raw = new URL(request.url).searchParams.get("limit");
  let limit: number | undefined;
  if (raw !== null) {
    const parsed = candidateLimitSchema.safeParse(raw);
    if (!parsed.success) throw new AppError("BAD_REQUEST", parsed.error.issues[0]?.message ?? "Invalid limit.");
    limit = parsed.data;
  }
  return NextResponse.json({ candidates: await findClusterCandidates(access, annotationId, { limit }) });
});
