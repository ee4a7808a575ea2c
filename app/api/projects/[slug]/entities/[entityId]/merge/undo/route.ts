import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { undoEntityMerge } from "@/lib/server/entity/undo-entity-merge";

type Context = { params: Promise<{ slug: string; entityId: string }> };

// POST { mergeId } → { target, source }: undoes that merge into [entityId]
// (reviewers and owners); already undone or either entity changed since → 409
export const POST = routeHandler(async (request, context: Context) => {
  const { slug, entityId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug, "entities.merge");
  const result = await undoEntityMerge(access, entityId, await readJsonBody(request));
  return NextResponse.json(result);
});
