import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { autoAssignArticles } from "@/lib/server/assignment/auto-assign-articles";

type Context = { params: Promise<{ slug: string }> };

// POST { articleIds, target?, userIds? } → { assignments, shortfalls }
export const POST = routeHandler(async (request, context: Context) => {
  const { slug } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  return NextResponse.json(await autoAssignArticles(access, await readJsonBody(request)));
});
