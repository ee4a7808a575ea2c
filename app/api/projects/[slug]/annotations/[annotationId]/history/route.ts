import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { listAnnotationHistory } from "@/lib/server/annotation-history/list-annotation-history";

type Context = { params: Promise<{ slug: string; annotationId: string }> };

// GET → HistoryBody (newest first)
export const GET = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const { slug, annotationId } = await context.params;
  const access = await requireApiProjectAccess(principal, slug);
  return NextResponse.json(await listAnnotationHistory(access, annotationId));
});
