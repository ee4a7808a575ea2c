import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { searchProject } from "@/lib/server/search/search-project";
import { listSearchFacets } from "@/lib/server/search/list-search-facets";
import { searchParamsToInput } from "@/lib/validations/search";

type Context = { params: Promise<{ slug: string }> };

// GET ?q=&kind=&status=&reviewState=&annotator=&outlet=&from=&to=&limit=[&facets=1] → SearchResponse
// (facets: the filters' choices, for the search dialog)
export const GET = routeHandler(async (request, context: Context) => {
  const { slug } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const params = new URL(request.url).searchParams;
  const result = await searchProject(access, searchParamsToInput(params));
  if (params.get("facets") === "1") return NextResponse.json({ ...result, facets: await listSearchFacets(access) });
  return NextResponse.json(result);
});
