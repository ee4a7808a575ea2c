import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { setClusterDeleted } from "@/lib/server/cluster/set-cluster-deleted";

type Context = { params: Promise<{ slug: string; clusterId: string }> };

// POST { version } → { cluster } (restored)
export const POST = routeHandler(async (request, context: Context) => {
  const { slug, clusterId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const cluster = await setClusterDeleted(access, clusterId, await readJsonBody(request), false);
  return NextResponse.json({ cluster });
});
