import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { updateEntity } from "@/lib/server/entity/update-entity";
import { deleteEntity } from "@/lib/server/entity/delete-entity";

type Context = { params: Promise<{ slug: string; entityId: string }> };

// PATCH { version, typeId?, name?, aliases?, description?, externalId? } → { entity: EntityDTO };
// stale version → 409 { error, current: EntityDTO }
export const PATCH = routeHandler(async (request, context: Context) => {
  const { slug, entityId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const entity = await updateEntity(access, entityId, await readJsonBody(request));
  return NextResponse.json({ entity });
});

// DELETE ?version=N → { entity: EntityDTO } (soft-deleted; reviewers and owners);
// stale version → 409 { error, current }; still linked → 409 { error } saying by how many mentions and claims
export const DELETE = routeHandler(async (request, context: Context) => {
  const { slug, entityId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const version = new URL(request.url).searchParams.get("version");
  const entity = await deleteEntity(access, entityId, { version });
  return NextResponse.json({ entity });
});
