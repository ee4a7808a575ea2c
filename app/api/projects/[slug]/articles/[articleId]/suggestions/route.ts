import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { listSuggestions } from "@/lib/server/suggestion/list-suggestions";

type Context = { params: Promise<{ slug: string; articleId: string }> };

// GET → { revision, suggestions: SuggestionDTO[], model: { name, error } | null }
// Only people who can annotate get suggestions (they are offers to annotate).
export const GET = routeHandler(async (request, context: Context) => {
  const { slug, articleId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug, "annotations.create");
  return NextResponse.json(await listSuggestions(access, articleId));
});
