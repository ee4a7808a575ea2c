import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { listClusters } from "@/lib/server/cluster/list-clusters";
import { createCluster } from "@/lib/server/cluster/create-cluster";

type Context = { params: Promise<{ slug: string }> };

// GET ?articleId=&annotationId=&q=&deleted=true → { clusters: ClusterSummaryDTO[] }
export const GET = routeHandler(async (request, context: Context) => {
  const { slug } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const clusters = await listClusters(access, Object.fromEntries(new URL(request.url).searchParams));
  return NextResponse.json({ clusters });
});

// POST { title, statement?, members?: [{ annotationId, stance }] } → 201 { cluster: ClusterDTO }
export const POST = routeHandler(async (request, context: Context) => {
  const { slug } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const cluster = await createCluster(access, await readJsonBody(request));
  return NextResponse.json({ cluster }, { status: 201 });
});
