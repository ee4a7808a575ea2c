import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { updateClusterMember } from "@/lib/server/cluster/update-cluster-member";
import { removeClusterMember } from "@/lib/server/cluster/remove-cluster-member";

type Context = { params: Promise<{ slug: string; clusterId: string; memberId: string }> };

// PATCH { version, stance?, note?, clusterId? } → { cluster } (the member's cluster afterwards); stale → 409
export const PATCH = routeHandler(async (request, context: Context) => {
  const { slug, clusterId, memberId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const cluster = await updateClusterMember(access, clusterId, memberId, await readJsonBody(request));
  return NextResponse.json({ cluster });
});

// DELETE ?version=N → { cluster } (without the member; the claim stays)
export const DELETE = routeHandler(async (request, context: Context) => {
  const { slug, clusterId, memberId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const version = new URL(request.url).searchParams.get("version") ?? undefined;
  const cluster = await removeClusterMember(access, clusterId, memberId, { version });
  return NextResponse.json({ cluster });
});
