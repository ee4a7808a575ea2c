import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { restoreAnnotationVersion } from "@/lib/server/annotation-history/restore-annotation-version";

type Context = { params: Promise<{ slug: string; annotationId: string }> };

// POST { entryId, version } → { annotation: AnnotationDTO }; stale version → 409 ConflictBody
export const POST = routeHandler(async (request, context: Context) => {
  const { slug, annotationId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const annotation = await restoreAnnotationVersion(access, annotationId, await readJsonBody(request));
  return NextResponse.json({ annotation });
});
