import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { listAnnotations } from "@/lib/server/annotation/list-annotations";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";

type Context = { params: Promise<{ slug: string; articleId: string }> };

// GET ?includeDeleted=true → { annotations: AnnotationDTO[] }
export const GET = routeHandler(async (request, context: Context) => {
  const { slug, articleId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const includeDeleted = new URL(request.url).searchParams.get("includeDeleted") === "true";
  const annotations = await listAnnotations(access, articleId, { includeDeleted });
  return NextResponse.json({ annotations });
});

// POST CreateAnnotationInput → 201 { annotation: AnnotationDTO }
export const POST = routeHandler(async (request, context: Context) => {
  const { slug, articleId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const annotation = await createAnnotation(access, articleId, await readJsonBody(request));
  return NextResponse.json({ annotation }, { status: 201 });
});
