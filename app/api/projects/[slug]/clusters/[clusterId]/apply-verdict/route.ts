import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { applyClusterVerdict } from "@/lib/server/cluster/apply-cluster-verdict";

type Context = { params: Promise<{ slug: string; clusterId: string }> };

// POST { version } → { cluster, updatedAnnotationIds, skippedContradicting }
export const POST = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const { slug, clusterId } = await context.params;
  const access = await requireApiProjectAccess(principal, slug);
  const applied = await applyClusterVerdict(access, clusterId, await readJsonBody(request));
  return NextResponse.json(applied);
});
