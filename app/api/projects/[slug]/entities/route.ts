import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { searchEntities } from "@/lib/server/entity/search-entities";
import { createEntity } from "@/lib/server/entity/create-entity";

type Context = { params: Promise<{ slug: string }> };

// GET ?q=&typeId=&limit= → { entities: EntityDTO[] }
export const GET = routeHandler(async (request, context: Context) => {
  const { slug } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const params = new URL(request.url).searchParams;
  const entities = await searchEntities(access, {
    q: params.get("q"),
    typeId: params.get("typeId"),
    limit: params.get("limit"),
  });
  return NextResponse.json({ entities });
});

// POST { typeId, name, aliases?, description?, externalId? } → 201 { entity: EntityDTO }
export const POST = routeHandler(async (request, context: Context) => {
  const { slug } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const entity = await createEntity(access, await readJsonBody(request));
  return NextResponse.json({ entity }, { status: 201 });
});
