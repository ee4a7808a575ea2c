import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { listClusterHistory } from "@/lib/server/cluster/list-cluster-history";

type Context = { params: Promise<{ slug: string; clusterId: string }> };

// GET → { entries: ClusterHistoryEntryDTO[] } newest first
export const GET = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const { slug, clusterId } = await context.params;
  const access = await requireApiProjectAccess(principal, slug);
  return NextResponse.json({ entries: await listClusterHistory(access, clusterId) });
});
