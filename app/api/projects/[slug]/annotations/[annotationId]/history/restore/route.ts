import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { restoreAnnotationVersion } from "@/lib/server/annotation-history/restore-annotation-version";

type Context = { params: Promise<{ slug: string; annotationId: string }> };

// POST { entryId, version } → { annotation: AnnotationDTO }; stale version → 409 ConflictBody
export const POST = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const { slug, annotationId } = await context.params;
  const access = await requireApiProjectAccess(principal, slug);
  const annotation = await restoreAnnotationVersion(access, annotationId, await readJsonBody(request));
  return NextResponse.json({ annotation });
});
