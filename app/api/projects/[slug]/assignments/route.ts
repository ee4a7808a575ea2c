import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { listAssignmentBoard } from "@/lib/server/assignment/list-assignment-board";
import { assignArticles } from "@/lib/server/assignment/assign-articles";
import { unassignArticles } from "@/lib/server/assignment/unassign-articles";

type Context = { params: Promise<{ slug: string }> };

// GET → AssignmentBoard (owners)
export const GET = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const { slug } = await context.params;
  const access = await requireApiProjectAccess(principal, slug);
  return NextResponse.json(await listAssignmentBoard(access));
});

// POST { articleIds, userIds } → { created: {articleId, userId}[] }
export const POST = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const { slug } = await context.params;
  const access = await requireApiProjectAccess(principal, slug);
  return NextResponse.json(await assignArticles(access, await readJsonBody(request)));
});

// DELETE { articleIds, userIds } → { removed }; a submitted assignment among them → 409, nothing removed
export const DELETE = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const { slug } = await context.params;
  const access = await requireApiProjectAccess(principal, slug);
  return NextResponse.json(await unassignArticles(access, await readJsonBody(request)));
});
