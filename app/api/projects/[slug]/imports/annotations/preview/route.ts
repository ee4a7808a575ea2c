import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { importLimits } from "@/lib/server/article-import/import-limits";
import { readImportBody } from "@/lib/server/article-import/read-import-body";
import { previewAnnotationImport } from "@/lib/server/annotation-import/preview-annotation-import";

type Context = { params: Promise<{ slug: string }> };

// Parses annotation files and reports matches, errors and unmapped labels; saves nothing.
export const POST = routeHandler(async (request, context: Context) => {
  const { slug } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug, "articles.import");
  const body = await readImportBody(request, importLimits());
  return NextResponse.json(await previewAnnotationImport(access, body));
});
