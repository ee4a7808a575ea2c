import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { addClusterMember } from "@/lib/server/cluster/add-cluster-member";

type Context = { params: Promise<{ slug: string; clusterId: string }> };

// POST { annotationId, stance, note?, move? } | { passage: { articleId, start, end, revision? }, stance, note? }
// → 201 { cluster: ClusterDTO, memberId, annotationId, createdAnnotation }
export const POST = routeHandler(async (request, context: Context) => {
  const { slug, clusterId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const added = await addClusterMember(access, clusterId, await readJsonBody(request));
  return NextResponse.json(added, { status: 201 });
});
