import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { dismissSuggestion } from "@/lib/server/suggestion/dismiss-suggestion";

type Context = { params: Promise<{ slug: string; articleId: string }> };

// POST { revision, kind, start, end } → 204: the caller's own dismissal.
export const POST = routeHandler(async (request, context: Context) => {
  const { slug, articleId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug, "annotations.create");
  await dismissSuggestion(access, articleId, await readJsonBody(request));
  return new NextResponse(null, { status: 204 });
});
