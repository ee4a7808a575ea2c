import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { decideClusterMemberReview } from "@/lib/server/cluster/decide-cluster-member-review";

type Context = { params: Promise<{ slug: string; clusterId: string; memberId: string }> };

// POST { decision: "ACCEPT" | "REJECT", comment?, version? } → { cluster }
export const POST = routeHandler(async (request, context: Context) => {
  const { slug, clusterId, memberId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const cluster = await decideClusterMemberReview(access, clusterId, memberId, await readJsonBody(request));
  return NextResponse.json({ cluster });
});
