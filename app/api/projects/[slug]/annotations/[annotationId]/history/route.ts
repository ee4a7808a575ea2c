import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { listAnnotationHistory } from "@/lib/server/annotation-history/list-annotation-history";

type Context = { params: Promise<{ slug: string; annotationId: string }> };

// GET → HistoryBody (newest first)
export const GET = routeHandler(async (request, context: Context) => {
  const { slug, annotationId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  return NextResponse.json(await listAnnotationHistory(access, annotationId));
});
