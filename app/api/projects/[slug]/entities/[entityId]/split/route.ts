import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { splitEntity } from "@/lib/server/entity/split-entity";

type Context = { params: Promise<{ slug: string; entityId: string }> };

// POST { version, alias, mentionIds? } → 201 { entity, created, moved }: the
// alias becomes a new entity with the chosen mentions (reviewers and owners)
export const POST = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const { slug, entityId } = await context.params;
  const access = await requireApiProjectAccess(principal, slug, "entities.merge");
  const result = await splitEntity(access, entityId, await readJsonBody(request));
  return NextResponse.json(result, { status: 201 });
});
