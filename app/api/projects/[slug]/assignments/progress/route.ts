import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { getProjectProgress } from "@/lib/server/assignment/get-project-progress";

type Context = { params: Promise<{ slug: string }> };

// GET → ProjectProgress (the dashboard's figures)
export const GET = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const { slug } = await context.params;
  const access = await requireApiProjectAccess(principal, slug);
  return NextResponse.json(await getProjectProgress(access));
});
