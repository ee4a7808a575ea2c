import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { listSuggestions } from "@/lib/server/suggestion/list-suggestions";

type Context = { params: Promise<{ slug: string; articleId: string }> };

// GET → { revision, suggestions: SuggestionDTO[], model: { name, error } | null }
// Only people who can annotate get suggestions (they are offers to annotate).
export const GET = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const { slug, articleId } = await context.params;
  const access = await requireApiProjectAccess(principal, slug, "annotations.create");
  return NextResponse.json(await listSuggestions(access, articleId));
});
