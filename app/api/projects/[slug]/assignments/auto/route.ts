import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { autoAssignArticles } from "@/lib/server/assignment/auto-assign-articles";

type Context = { params: Promise<{ slug: string }> };

// POST { articleIds, target?, userIds? } → { assignments, shortfalls }
export const POST = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const { slug } = await context.params;
  const access = await requireApiProjectAccess(principal, slug);
  return NextResponse.json(await autoAssignArticles(access, await readJsonBody(request)));
});
