import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { splitEntity } from "@/lib/server/entity/split-entity";

type Context = { params: Promise<{ slug: string; entityId: string }> };

// POST { version, alias, mentionIds? } → 201 { entity, created, moved }: the
// alias becomes a new entity with the chosen mentions (reviewers and owners)
export const POST = routeHandler(async (request, context: Context) => {
  const { slug, entityId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug, "entities.merge");
  const result = await splitEntity(access, entityId, await readJsonBody(request));
  return NextResponse.json(result, { status: 201 });
});
