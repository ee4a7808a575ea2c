import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { getProjectAgreement } from "@/lib/server/agreement/get-project-agreement";

type Context = { params: Promise<{ slug: string }> };

// GET ?suggestions=exclude → ProjectAgreement: pooled pair scores, alpha, and
// one row per article; with `exclude`, without annotations that began as
// accepted suggestions (their count is in `suggestions` either way).
export const GET = routeHandler(async (request, context: Context) => {
  const { slug } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const excludeSuggestions = new URL(request.url).searchParams.get("suggestions") === "exclude";
  return NextResponse.json(await getProjectAgreement(access, { excludeSuggestions }));
});
