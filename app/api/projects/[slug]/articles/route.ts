import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { db } from "@/lib/db";
import { listArticles } from "@/lib/server/article/list-articles";
import { blindCountScope } from "@/lib/server/assignment/blind-count-scope";

type Context = { params: Promise<{ slug: string }> };

export const GET = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const { slug } = await context.params;
  const { project, role } = await requireApiProjectAccess(principal, slug);
  // Counts follow blind annotation, as on the project page: colleagues' work
  // on an article the annotator has not submitted is not counted.
  const scope = await blindCountScope(db, { userId: principal.user.id, role }, project);
  return NextResponse.json({ articles: await listArticles(project.id, scope) });
});
