import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { applyClusterVerdict } from "@/lib/server/cluster/apply-cluster-verdict";

type Context = { params: Promise<{ slug: string; clusterId: string }> };

// POST { version } → { cluster, updatedAnnotationIds, skippedContradicting }
export const POST = routeHandler(async (request, context: Context) => {
  const { slug, clusterId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const applied = await applyClusterVerdict(access, clusterId, await readJsonBody(request));
  return NextResponse.json(applied);
});
