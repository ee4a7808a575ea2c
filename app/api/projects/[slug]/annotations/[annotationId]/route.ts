import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { updateAnnotation } from "@/lib/server/annotation/update-annotation";
import { deleteAnnotation } from "@/lib/server/annotation/delete-annotation";

type Context = { params: Promise<{ slug: string; annotationId: string }> };

// PATCH UpdateAnnotationInput → { annotation: AnnotationDTO }; stale version → 409 ConflictBody
export const PATCH = routeHandler(async (request, context: Context) => {
  const { slug, annotationId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const annotation = await updateAnnotation(access, annotationId, await readJsonBody(request));
  return NextResponse.json({ annotation });
});

// DELETE ?version=N → { annotation: AnnotationDTO } (soft-deleted); stale version → 409 ConflictBody
export const DELETE = routeHandler(async (request, context: Context) => {
  const { slug, annotationId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const version = new URL(request.url).searchParams.get("version");
  const annotation = await deleteAnnotation(access, annotationId, { version });
  return NextResponse.json({ annotation });
});
