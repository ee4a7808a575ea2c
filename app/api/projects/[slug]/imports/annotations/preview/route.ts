import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { importLimits } from "@/lib/server/article-import/import-limits";
import { readImportBody } from "@/lib/server/article-import/read-import-body";
import { previewAnnotationImport } from "@/lib/server/annotation-import/preview-annotation-import";

type Context = { params: Promise<{ slug: string }> };

// Parses annotation files and reports matches, errors and unmapped labels; saves nothing.
export const POST = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const { slug } = await context.params;
  const access = await requireApiProjectAccess(principal, slug, "articles.import");
  const body = await readImportBody(request, importLimits());
  return NextResponse.json(await previewAnnotationImport(access, body));
});
