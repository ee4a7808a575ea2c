import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { getProjectAgreement } from "@/lib/server/agreement/get-project-agreement";

type Context = { params: Promise<{ slug: string }> };

// GET → ProjectAgreement: pooled pair scores, alpha, and one row per article.
export const GET = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const { slug } = await context.params;
  const access = await requireApiProjectAccess(principal, slug);
  return NextResponse.json(await getProjectAgreement(access));
});
