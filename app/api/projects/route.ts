import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { listProjectsForUser } from "@/lib/server/project/list-projects-for-user";

export const GET = routeHandler(async (request) => {
  const principal = await authenticateApiRequest(request);
  const projects = await listProjectsForUser(principal.user.id);
  const visible = principal.tokenProjectId ? projects.filter((p) => p.id === principal.tokenProjectId) : projects;
  return NextResponse.json({ projects: visible });
});
