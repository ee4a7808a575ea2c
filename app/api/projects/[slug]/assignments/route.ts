import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { listAssignmentBoard } from "@/lib/server/assignment/list-assignment-board";
import { assignArticles } from "@/lib/server/assignment/assign-articles";
import { unassignArticles } from "@/lib/server/assignment/unassign-articles";

type Context = { params: Promise<{ slug: string }> };

// GET → AssignmentBoard (owners)
export const GET = routeHandler(async (request, context: Context) => {
  const { slug } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  return NextResponse.json(await listAssignmentBoard(access));
});

// POST { articleIds, userIds } → { created: {articleId, userId}[] }
export const POST = routeHandler(async (request, context: Context) => {
  const { slug } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  return NextResponse.json(await assignArticles(access, await readJsonBody(request)));
});

// DELETE { articleIds, userIds } → { removed }; a submitted assignment among them → 409, nothing removed
export const DELETE = routeHandler(async (request, context: Context) => {
  const { slug } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  return NextResponse.json(await unassignArticles(access, await readJsonBody(request)));
});
