import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { mergeEntities } from "@/lib/server/entity/merge-entities";

type Context = { params: Promise<{ slug: string; entityId: string }> };

// POST { sourceId, sourceVersion, targetVersion } → { mergeId, target, source, moved }:
// the source is merged into [entityId] (reviewers and owners); either version
// stale → 409 { error, current: { target, source } }
export const POST = routeHandler(async (request, context: Context) => {
  const { slug, entityId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug, "entities.merge");
  const merge = await mergeEntities(access, entityId, await readJsonBody(request));
  return NextResponse.json(merge);
});
