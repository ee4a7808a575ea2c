import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { listClusterHistory } from "@/lib/server/cluster/list-cluster-history";

type Context = { params: Promise<{ slug: string; clusterId: string }> };

// GET → { entries: ClusterHistoryEntryDTO[] } newest first
export const GET = routeHandler(async (request, context: Context) => {
  const { slug, clusterId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  return NextResponse.json({ entries: await listClusterHistory(access, clusterId) });
});
