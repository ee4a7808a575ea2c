import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { restoreAnnotation } from "@/lib/server/annotation/restore-annotation";

type Context = { params: Promise<{ slug: string; annotationId: string }> };

// POST { version } → { annotation: AnnotationDTO }; stale version → 409 ConflictBody
export const POST = routeHandler(async (request, context: Context) => {
  const { slug, annotationId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const annotation = await restoreAnnotation(access, annotationId, await readJsonBody(request));
  return NextResponse.json({ annotation });
});
