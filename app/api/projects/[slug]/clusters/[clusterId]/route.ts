import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { getCluster } from "@/lib/server/cluster/get-cluster";
import { updateCluster } from "@/lib/server/cluster/update-cluster";
import { setClusterDeleted } from "@/lib/server/cluster/set-cluster-deleted";

type Context = { params: Promise<{ slug: string; clusterId: string }> };

// GET ?includeDeleted=true → { cluster: ClusterDTO }
export const GET = routeHandler(async (request, context: Context) => {
  const { slug, clusterId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const includeDeleted = new URL(request.url).searchParams.get("includeDeleted") === "true";
  const cluster = await getCluster(access, clusterId, { includeDeleted });
  return NextResponse.json({ cluster });
});

// PATCH { version, title?, statement?, statusId?, verdictExplanation?, note?, evidence? } → { cluster }; stale → 409 { error, current }
export const PATCH = routeHandler(async (request, context: Context) => {
  const { slug, clusterId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const cluster = await updateCluster(access, clusterId, await readJsonBody(request));
  return NextResponse.json({ cluster });
});

// DELETE ?version=N → { cluster } (soft-deleted; POST …/restore brings it back)
export const DELETE = routeHandler(async (request, context: Context) => {
  const { slug, clusterId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const version = new URL(request.url).searchParams.get("version") ?? undefined;
  const cluster = await setClusterDeleted(access, clusterId, { version }, true);
  return NextResponse.json({ cluster });
});
