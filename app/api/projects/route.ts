import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { AppError } from "@/lib/errors/app-error";
import { listProjectsForUser } from "@/lib/server/project/list-projects-for-user";
import { createProject } from "@/lib/server/project/create-project";
import { transaction } from "@/lib/db/transaction";

export const GET = routeHandler(async (request) => {
  const principal = await authenticateApiRequest(request);
  const projects = await listProjectsForUser(principal.user.id);
  const visible = principal.tokenProjectId ? projects.filter((p) => p.id === principal.tokenProjectId) : projects;
  return NextResponse.json({ projects: visible });
});

export const POST = routeHandler(async (request) => {
  const principal = await authenticateApiRequest(request);
  if (principal.tokenProjectId) throw new AppError("FORBIDDEN", "A project-scoped token cannot create projects.");
  const body = await readJsonBody(request);
  const project = await transaction((tx) => createProject(tx, principal.user.id, body));
  return NextResponse.json({ project: { id: project.id, slug: project.slug, name: project.name } }, { status: 201 });
});
