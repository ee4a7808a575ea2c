import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { getProjectProgress } from "@/lib/server/assignment/get-project-progress";

type Context = { params: Promise<{ slug: string }> };

// GET → ProjectProgress (the dashboard's figures)
export const GET = routeHandler(async (request, context: Context) => {
  const { slug } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  return NextResponse.json(await getProjectProgress(access));
});
